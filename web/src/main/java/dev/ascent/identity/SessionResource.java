package dev.ascent.identity;

import dev.ascent.shared.DomainException;
import dev.ascent.shared.Problem;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Sign in and out over the API (a session cookie), for browser scripts and for getting a first token. */
@Path("/session")
public class SessionResource {

    @Inject
    SecurityContext security;

    public record Credentials(String email, String password) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials, @Context HttpServletRequest request,
                           @Context HttpServletResponse response) throws ServletException {
        if (credentials == null || credentials.email() == null || credentials.password() == null) {
            throw DomainException.invalid("validation", "Send {\"email\": ..., \"password\": ...}");
        }
        if (request.getUserPrincipal() != null) {
            // Already signed in (a session or a token): the container would answer "success" without
            // looking at the new credentials, so start from nobody and check them.
            request.logout();
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(credentials.email(), new Password(credentials.password()))));
        if (status != AuthenticationStatus.SUCCESS) {
            var outcome = (IdentityService.LoginOutcome) request.getAttribute(AscentAuthenticationMechanism.LOGIN_OUTCOME);
            if (outcome != null && outcome.refusal() != null) {
                return refused(outcome.refusal());
            }
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "bad-credentials",
                    "The email or the password is not right");
        }
        return Response.noContent().build();
    }

    /**
     * 429 while the throttle holds this client or this email (the same answer whether or not the
     * email has an account), 503 when the server has no free turn to check a password.
     */
    static Response refused(SignInThrottle.Refusal refusal) {
        long seconds = Math.max(1, refusal.retryAfter().toSeconds());
        Problem problem = refusal.reason() == SignInThrottle.Reason.BUSY
                ? Problem.of(Response.Status.SERVICE_UNAVAILABLE, "busy",
                        "The server is busy checking other sign-ins; try again in " + seconds + " seconds")
                : Problem.of(Response.Status.TOO_MANY_REQUESTS, "too-many-requests",
                        "Too many sign-in attempts; try again in " + seconds + " seconds");
        return Response.fromResponse(problem.at("/api/session").toResponse())
                .header("Retry-After", Long.toString(seconds)).build();
    }

    @DELETE
    public Response signOut(@Context HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }
}
