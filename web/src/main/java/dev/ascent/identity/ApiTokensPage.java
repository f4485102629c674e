package dev.ascent.identity;

import dev.ascent.shared.DomainException;
import dev.ascent.shared.PageFormat;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The signed-in person's API tokens: list, create (the secret is shown once, in this view only),
 * revoke. View-scoped so the secret survives the ajax round trip but not a reload or a new visit.
 */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokenService tokens;

    private String name;
    private String secret;
    private String secretName;
    private transient List<ApiTokenService.TokenView> rows;

    public void create() {
        if (name == null || name.isBlank()) {
            // Faces' required check lets spaces through; the service would refuse them anyway.
            invalidName("Give the token a name.");
            return;
        }
        try {
            ApiTokenService.CreatedToken created = tokens.create(name);
            secret = created.secret();
            secretName = created.token().name();
            name = null;
            rows = null;
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException) {
                invalidName("Use at most 100 characters.");
                return;
            }
            throw e;
        }
    }

    private void invalidName(String detail) {
        secret = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getViewRoot().findComponent("tokens:name") instanceof UIInput input) {
            input.setValid(false); // renders aria-invalid, like a failed Faces validation
        }
        faces.addMessage("tokens:name", new FacesMessage(FacesMessage.SEVERITY_ERROR, detail, detail));
        faces.validationFailed();
    }

    public void revoke(String tokenId) {
        secret = null;
        secretName = null;
        rows = null;
        try {
            ApiTokenService.TokenView revoked = tokens.revoke(tokenId);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Token revoked", "“" + revoked.name() + "” no longer works."));
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Not revoked", "That token does not exist any more."));
        }
    }

    public List<ApiTokenService.TokenView> getTokens() {
        if (rows == null) {
            // Newest first: the one just created is where the eye lands.
            rows = tokens.mine().stream()
                    .sorted(Comparator.comparing(ApiTokenService.TokenView::createdAt).reversed()).toList();
        }
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSecret() {
        return secret;
    }

    public String getSecretName() {
        return secretName;
    }

    public String when(Instant instant) {
        return PageFormat.when(instant);
    }

    public String lastUsed(ApiTokenService.TokenView token) {
        return token.lastUsedAt() == null ? "never" : PageFormat.when(token.lastUsedAt());
    }

    public boolean active(ApiTokenService.TokenView token) {
        return token.revokedAt() == null;
    }

    public String status(ApiTokenService.TokenView token) {
        return active(token) ? "Active" : "Revoked " + PageFormat.when(token.revokedAt());
    }
}
