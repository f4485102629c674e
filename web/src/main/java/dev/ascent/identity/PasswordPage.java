package dev.ascent.identity;

import dev.ascent.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

/** "Forgot your password" and "choose a password" (also the first-login link). */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    PasswordResetService resets;
    @Inject
    FacesContext faces;

    private String email;
    private String token;
    private String password;
    private String repeat;

    public String requestLink() {
        boolean onlyLogged;
        try {
            String client = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
            onlyLogged = resets.requestReset(email, client);
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not sent", e.getMessage()));
            return null;
        }
        String detail = "If an account uses this address, a link to set a new password is on its way.";
        if (onlyLogged) {
            detail += " No mail server is configured on this installation: an administrator finds the link in the server log.";
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Check your mail", detail));
        return null;
    }

    public String reset() {
        if (password == null || !password.equals(repeat)) {
            faces.addMessage("reset:repeat", new FacesMessage(FacesMessage.SEVERITY_ERROR, "Passwords differ",
                    "The two passwords are not the same."));
            return null;
        }
        try {
            resets.resetPassword(token, password);
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Link not valid", e.getMessage()));
            return null;
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException) {
                faces.addMessage("reset:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, "Too short",
                        "Use at least 10 characters."));
                return null;
            }
            throw e;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Password saved",
                "Sign in with your new password. Every other session of yours has been signed out and older links no longer work;"
                        + " your API tokens still work until you revoke them."));
        return "/login.xhtml?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
