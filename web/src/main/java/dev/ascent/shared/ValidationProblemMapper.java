package dev.ascent.shared;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * RESTEasy unwraps the EJBException around a service's Bean Validation failure and has its own
 * text/plain mapper for it, nearer to the type than {@link ProblemMapper}'s; this one is nearer
 * still and hands over to ProblemMapper, so validation failures are problem+json too.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;
    @Context
    SecurityContext security;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        ProblemMapper problems = new ProblemMapper();
        problems.uriInfo = uriInfo;
        problems.security = security;
        return problems.toResponse(exception);
    }
}
