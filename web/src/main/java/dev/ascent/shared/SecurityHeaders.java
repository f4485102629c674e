package dev.ascent.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers on every response: no content sniffing, no referrer beyond our origin to other sites,
 * no powerful browser features, and no framing anywhere (until LTI allows registered platforms).
 * Responses get a strict default Content-Security-Policy (nothing may run); pages replace it with
 * PrimeFaces' nonce-based one (primefaces.CSP_POLICY in web.xml), so only our own scripts run.
 * API answers and signed-in pages are never stored by browsers or proxies: one of them shows a new
 * API token's secret.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {
    static final String CSP = "Content-Security-Policy";
    /** For everything that is not a page: JSON, files, error answers. */
    static final String DEFAULT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(),"
            + " microphone=(), payment=(), usb=()";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(CSP, DEFAULT_CSP);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/app/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A page's own policy (PrimeFaces adds it) replaces the default instead of adding a second one. */
    private static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
