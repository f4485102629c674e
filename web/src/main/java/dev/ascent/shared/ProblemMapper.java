package dev.ascent.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one place where failures become problem+json responses. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uriInfo;
    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        Problem problem = problemFor(cause)
                .at(uriInfo == null ? null : "/api/" + uriInfo.getPath(false).replaceFirst("^/", ""));
        if (cause instanceof DomainException domain && !domain.extensions().isEmpty()) {
            return withExtensions(problem, domain.extensions());
        }
        return problem.toResponse();
    }

    /** RFC 9457 extension members sit beside the standard ones, e.g. the current revision of a stale save. */
    private static Response withExtensions(Problem problem, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        if (problem.instance() != null) {
            body.put("instance", problem.instance());
        }
        extensions.forEach(body::putIfAbsent);
        return Response.status(problem.status()).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(body).build();
    }

    private Problem problemFor(Throwable cause) {
        if (cause instanceof DomainException domain) {
            return Problem.of(statusOf(domain.kind()), domain.type(), domain.getMessage());
        }
        if (cause instanceof EJBAccessException) {
            return security == null || security.getUserPrincipal() == null
                    ? Problem.of(Status.UNAUTHORIZED, "unauthenticated", "Sign in or send an API token")
                    : Problem.of(Status.FORBIDDEN, "forbidden", "Your role does not allow this");
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return Problem.of(Status.BAD_REQUEST, "validation", "The request has invalid fields")
                    .withErrors(invalid.getConstraintViolations().stream()
                            .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                            .toList());
        }
        if (cause instanceof Bodies.TooLarge || isRequestTooBig(cause)) {
            return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", cause instanceof Bodies.TooLarge tooLarge
                    ? "The request body is larger than this endpoint accepts (" + tooLarge.limit() + " bytes)"
                    : "The request body is larger than the server accepts");
        }
        if (isLockTimeout(cause)) {
            // Transient: another request held the same rows for too long (a burst on one attempt).
            return Problem.of(Status.SERVICE_UNAVAILABLE, "busy",
                    "The server was busy with this record and did not apply your request; send it again in a moment");
        }
        if (isMalformedBody(cause)) {
            return Problem.of(Status.BAD_REQUEST, "malformed-body", "The request body is not valid JSON for this endpoint");
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return new Problem("urn:ascent:problem:http-" + status.getStatusCode(), status.getReasonPhrase(),
                    status.getStatusCode(), messageFor(status.getStatusCode(), web), null, null);
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, cause);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal",
                "Something went wrong on our side; nothing you sent was lost. Reference: " + reference);
    }

    private static String messageFor(int status, WebApplicationException web) {
        return switch (status) {
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not accept that method";
            case 406 -> "This address cannot answer in the media type asked for";
            case 415 -> "This endpoint accepts application/json only";
            default -> web.getMessage();
        };
    }

    private static Status statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> Status.BAD_REQUEST;
            case UNAUTHENTICATED -> Status.UNAUTHORIZED;
            case NOT_FOUND -> Status.NOT_FOUND;
            case CONFLICT -> Status.CONFLICT;
            case FORBIDDEN -> Status.FORBIDDEN;
            case GONE -> Status.GONE;
        };
    }

    private static boolean isLockTimeout(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMalformedBody(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException || t instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    /** Undertow's own limit (max-post-size), should a body get past {@link BodyLimit}. */
    private static boolean isRequestTooBig(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals("io.undertow.server.RequestTooBigException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * EJB wraps unexpected exceptions, and RESTEasy wraps what a body reader throws; the useful one
     * is inside.
     */
    private static Throwable unwrap(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof DomainException || t instanceof Bodies.TooLarge) {
                return t;
            }
        }
        Throwable cause = thrown;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
