package dev.ascent.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/** Sign in and sign out. */
@Named
@RequestScoped
public class SessionPage {
    static final String HOME = "/app/index.xhtml";

    @Inject
    SecurityContext security;
    @Inject
    FacesContext faces;

    private String email;
    private String password;
    private String next;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SUCCESS -> external.redirect(safeNext());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                var outcome = (IdentityService.LoginOutcome) request.getAttribute(AscentAuthenticationMechanism.LOGIN_OUTCOME);
                var refusal = outcome == null ? null : outcome.refusal();
                long seconds = refusal == null ? 0 : Math.max(1, refusal.retryAfter().toSeconds());
                String detail = refusal == null ? "The email or the password is not right."
                        : refusal.reason() == SignInThrottle.Reason.BUSY
                        ? "The server is busy. Try again in a few seconds."
                        : "Too many sign-in attempts. Try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
                if (refusal != null) {
                    ((HttpServletResponse) external.getResponse()).setHeader("Retry-After", Long.toString(seconds));
                }
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not signed in", detail));
            }
        }
        return null;
    }

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    /** Only a path on this site (the request URI the login interrupted): never an open redirect. */
    String safeNext() {
        return isLocalPath(next) ? next : faces.getExternalContext().getRequestContextPath() + HOME;
    }

    /**
     * A path on this site and nothing a browser could read as another host: browsers drop tabs and
     * line breaks and read a backslash as a slash, so "/\t/evil.example" would become "//evil.example".
     */
    static boolean isLocalPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//")
                || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return false;
        }
        try {
            URI uri = new URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
