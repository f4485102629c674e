package dev.ascent.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls a service from a page and turns every failure into a message on the page, never a stack
 * trace: a {@link DomainException} shows its detail, a refused role says so, a Bean Validation
 * failure is shown at the field it concerns (when the page names that field) or at the top, and
 * anything unexpected is logged with a reference the person can quote.
 *
 * <p>Messages go to a key (a section of the page shows them with
 * {@code <p:messages for="key" forType="key"/>}), so a page with several forms shows each
 * outcome next to the form it concerns; {@link #global()} is for the page's top, e.g. after a redirect.
 */
public final class PageActions {
    private static final Logger LOG = Logger.getLogger(PageActions.class.getName());
    private static final PageActions GLOBAL = new PageActions(null);

    private final String key;

    private PageActions(String key) {
        this.key = key;
    }

    /** Messages for the section of the page that shows this key. */
    public static PageActions at(String key) {
        return new PageActions(key);
    }

    /** Messages for the top of the page ({@code globalOnly} messages). */
    public static PageActions global() {
        return GLOBAL;
    }

    /** Runs the call; empty when it failed (the messages are then on the page). */
    public <T> Optional<T> call(Supplier<T> call, String failureSummary, Map<String, Field> fields) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException e) {
            report(e, failureSummary, fields);
            FacesContext.getCurrentInstance().validationFailed();
            return Optional.empty();
        }
    }

    public <T> Optional<T> call(Supplier<T> call, String failureSummary) {
        return call(call, failureSummary, Map.of());
    }

    /** A form field: its client id and the label a message starts with. */
    public record Field(String clientId, String label) {
    }

    public void info(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(key, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    public void error(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(key, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
    }

    /** A message at one field, marked invalid so it renders aria-invalid like a failed Faces validation. */
    public static void fieldError(String clientId, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent component = faces.getViewRoot().findComponent(clientId);
        if (component instanceof UIInput input) {
            input.setValid(false);
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, detail, detail));
        faces.validationFailed();
    }

    private void report(RuntimeException thrown, String summary, Map<String, Field> fields) {
        DomainException domain = find(thrown, DomainException.class);
        if (domain != null) {
            error(summary, sentence(domain.getMessage()));
            return;
        }
        if (find(thrown, EJBAccessException.class) != null) {
            error(summary, "Your role does not allow this.");
            return;
        }
        ConstraintViolationException invalid = find(thrown, ConstraintViolationException.class);
        if (invalid != null) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                Field field = fields.get(lastNode(violation.getPropertyPath()));
                if (field != null) {
                    fieldError(field.clientId(), field.label() + ": " + sentence(violation.getMessage()));
                } else {
                    error(summary, sentence(violation.getMessage()));
                }
            }
            return;
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure on a page, reference " + reference, thrown);
        error(summary, "Something went wrong on our side. Reference: " + reference);
    }

    /** Service messages are phrases ("provider 'x' does not exist"); on a page they read as sentences. */
    static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String s = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return s.matches("(?s).*[.!?]$") ? s : s + ".";
    }

    private static String lastNode(Path path) {
        String last = null;
        for (Path.Node node : path) {
            last = node.getName();
        }
        return last;
    }

    private static <E extends Throwable> E find(Throwable thrown, Class<E> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
