package dev.ascent.shared;

import jakarta.faces.application.ViewExpiredException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.primefaces.csp.CspException;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What people see when a request fails unexpectedly (web.xml's error pages): a page without a
 * stack trace or version numbers, with a reference that finds the failure in the server log. A
 * form sent from a page whose view expired (or whose view state is broken) is no failure of
 * ours: it gets a plain "this page had expired, reload it" instead. Plain HTML written here, not
 * a Faces page, so an error in Faces itself cannot break its own error page.
 */
@WebServlet(name = "ErrorPages", urlPatterns = "/error")
public class ErrorPages extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
            response.sendError(404);
            return;
        }
        Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.resetBuffer();
        response.setCharacterEncoding("UTF-8");
        if (isExpiredView(thrown)) {
            response.setStatus(400);
            page(request, response, "Page expired", "<h1>This page had expired</h1>"
                    + "<p>Nothing was sent: the page was open too long, the server restarted, or its scripts did not"
                    + " run (this site needs JavaScript). Please reload it and try again.</p><p><a id=\"reload\" href=\"" + escape(reloadAddress(request, uri)) + "\">Reload the page</a></p>");
            return;
        }
        String reference = UUID.randomUUID().toString();
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        LOG.log(Level.SEVERE, "Unexpected failure on " + uri + " (status " + status + "), reference " + reference, thrown);
        response.setStatus(500);
        String detail = "Something went wrong on our side. Reference: " + reference;
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(JSONB.toJson(Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal", detail)));
            return;
        }
        page(request, response, "Something went wrong", "<h1>Something went wrong</h1>"
                + "<p>The server could not finish this request. Please try again in a moment; if it keeps happening,"
                + " tell us this reference: <code id=\"reference\">" + reference + "</code></p>"
                + "<p><a href=\"" + escape(request.getContextPath()) + "/\">Go to the start page</a></p>");
    }

    private static boolean isExpiredView(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            // PrimeFaces refuses a post without the page's CSP nonce (its script adds it to every
            // form): a form from a page that never ran its script, to be reloaded like an expired one.
            if (t instanceof ViewExpiredException || t instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    /** The page the form was on (its address had the parameters), when the browser says it was ours. */
    private static String reloadAddress(HttpServletRequest request, String uri) {
        String referer = request.getHeader("Referer");
        String own = request.getScheme() + "://" + request.getHeader("Host") + "/";
        return referer != null && request.getHeader("Host") != null && referer.startsWith(own) ? referer : uri;
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, String title, String body)
            throws IOException {
        response.setContentType("text/html");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " — Ascent</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"" + escape(request.getContextPath())
                + "/jakarta.faces.resource/ascent.css.xhtml\"></head><body><main id=\"main\" class=\"ascent-main\">" + body + "</main></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
