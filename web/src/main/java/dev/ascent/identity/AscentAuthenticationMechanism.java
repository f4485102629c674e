package dev.ascent.identity;

import dev.ascent.shared.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One mechanism for the whole application: {@code Authorization: Bearer} API tokens, the login
 * page's programmatic sign-in, and the session that remembers it. Groups are looked up afresh on
 * every request, so a new role or a withdrawal takes effect at once.
 */
@ApplicationScoped
public class AscentAuthenticationMechanism implements HttpAuthenticationMechanism {
    /** Session attribute holding the signed-in person's id. */
    static final String SESSION_PERSON = "ascent.person";
    /** Session attribute holding the person's credential version at sign-in: a password reset ends the session. */
    static final String SESSION_CREDENTIALS = "ascent.credentialVersion";
    /** Request attribute telling the login page why a sign-in failed. */
    public static final String LOGIN_OUTCOME = "ascent.loginOutcome";

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IdentityService identities;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // An explicit sign-in checks the password even when the request also carries a token.
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            // The direct peer only: a forwarded-for header is whatever the client wants it to be.
            IdentityService.LoginOutcome outcome = identities.login(password.getCaller(), password.getPasswordAsString(),
                    request.getRemoteAddr());
            request.setAttribute(LOGIN_OUTCOME, outcome);
            if (!outcome.succeeded()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            // The first session of this visitor: anonymous pages never create one.
            request.getSession(true);
            request.changeSessionId(); // no session fixation
            request.getSession().setAttribute(SESSION_PERSON, outcome.authenticated().personId());
            request.getSession().setAttribute(SESSION_CREDENTIALS, outcome.credentialVersion());
            return context.notifyContainerAboutLogin(outcome.authenticated().personId(), outcome.authenticated().groups());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return identities.authenticateToken(authorization.substring(7))
                    .map(who -> context.notifyContainerAboutLogin(who.personId(), who.groups()))
                    .orElseGet(() -> unauthorized(response, "The API token is unknown or revoked"));
        }
        HttpSession session = request.getSession(false);
        Object personId = session == null ? null : session.getAttribute(SESSION_PERSON);
        if (personId != null) {
            Object version = session.getAttribute(SESSION_CREDENTIALS);
            var who = identities.reauthenticate(personId.toString(), version instanceof Integer v ? v : 0);
            if (who.isPresent()) {
                return context.notifyContainerAboutLogin(who.get().personId(), who.get().groups());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    ? unauthorized(response, "Sign in or send an API token")
                    : context.redirect(request.getContextPath() + "/login.xhtml?next="
                            + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setStatus(401);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("WWW-Authenticate", "Bearer");
            response.getWriter().write(JSONB.toJson(
                    Problem.of(Response.Status.UNAUTHORIZED, "unauthenticated", detail)));
            // Committed now, so the container cannot swap the problem for its HTML error page.
            response.flushBuffer();
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
