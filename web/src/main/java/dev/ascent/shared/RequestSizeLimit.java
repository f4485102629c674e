package dev.ascent.shared;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;

/**
 * The ceiling for every request body, in place of the server's max-post-size (turned off in
 * configure-server.cli): Undertow refuses a declared length over that one before any of our code
 * runs, with a bare 400 and a closed connection. Here a declared length over the ceiling is a 413
 * (problem+json under /api) and the body is never read; any other body is cut off at the ceiling
 * as it is read. The API's own limits are lower ({@link BodyLimit}); multipart uploads keep the
 * limit of their servlet's multipart-config, which Undertow applies after this.
 */
public class RequestSizeLimit implements ServletExtension {
    /** Undertow's default max-post-size, which this replaces. */
    public static final long MAX_BODY_BYTES = 10L << 20;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        String api = servletContext.getContextPath() + "/api/";
        deployment.addInitialHandlerChainWrapper(next -> limited(next, api));
    }

    private static HttpHandler limited(HttpHandler next, String api) {
        return exchange -> {
            if (exchange.getRequestContentLength() > MAX_BODY_BYTES) {
                tooLarge(exchange, exchange.getRequestPath().startsWith(api));
                return;
            }
            exchange.setMaxEntitySize(MAX_BODY_BYTES);
            next.handleRequest(exchange);
        };
    }

    private static void tooLarge(HttpServerExchange exchange, boolean api) {
        exchange.setStatusCode(StatusCodes.REQUEST_ENTITY_TOO_LARGE);
        String detail = "The request body is larger than the server accepts (" + MAX_BODY_BYTES + " bytes)";
        if (api) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, Problem.MEDIA_TYPE);
            exchange.getResponseSender().send("{\"type\":\"urn:ascent:problem:payload-too-large\","
                    + "\"title\":\"Request Entity Too Large\",\"status\":413,\"detail\":\"" + detail + "\"}");
        } else {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain;charset=UTF-8");
            exchange.getResponseSender().send(detail);
        }
    }
}
