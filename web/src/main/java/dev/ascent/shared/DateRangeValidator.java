package dev.ascent.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.LocalDate;

/**
 * Dates typed on a page stay within 1970–9999, as on the API ({@link StrictJsonReader}): the
 * date converter alone takes any year, e.g. "+10000-01-01" or "0001-01-01". Pages set the
 * message with the field's name through {@code validatorMessage}.
 */
@FacesValidator("ascent.dateRange")
public class DateRangeValidator implements Validator<LocalDate> {

    @Override
    public void validate(FacesContext context, UIComponent component, LocalDate value) {
        if (value != null && (value.getYear() < 1970 || value.getYear() > 9999)) {
            String message = "Choose a date between 1970-01-01 and 9999-12-31.";
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
