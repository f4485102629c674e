package dev.ascent.shared;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * RESTEasy brings its own mapper for validation failures (plain-text reports); for a bean
 * validation failure in a service, this more specific one wins and hands over to
 * {@link ProblemMapper}, so the answer is problem+json with the field errors.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context
    UriInfo uriInfo;
    @Context
    SecurityContext security;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        ProblemMapper mapper = new ProblemMapper();
        mapper.uriInfo = uriInfo;
        mapper.security = security;
        return mapper.toResponse(invalid);
    }
}
