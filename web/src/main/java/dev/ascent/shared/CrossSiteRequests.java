package dev.ascent.shared;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) that a browser sent from another
 * origin, on the API and on pages alike: a hostile page could otherwise use the signed-in
 * person's session cookie (a bodiless POST needs no JSON, so the JSON-only rule does not stop it;
 * nor does SameSite=Lax stop a page on another port of the same host). Browsers send
 * {@code Origin} on every cross-origin POST and on fetches; where it is missing, {@code Sec-Fetch-Site}
 * decides. Requests with neither (curl, scripts, servers) pass: no browser sent them, so no
 * cookie was taken along unasked. Calls with {@code Authorization: Bearer} are never checked: the
 * token is not sent by the browser on its own.
 */
@WebFilter(filterName = "CrossSiteRequests", urlPatterns = "/*")
public class CrossSiteRequests extends HttpFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** The origin people use, e.g. https://learn.example.org, when a proxy in front rewrites Host. */
    @Inject
    @ConfigProperty(name = "ascent.base.url")
    Optional<String> baseUrl;
    private Optional<String> baseOrigin = Optional.empty();

    @Override
    public void init() {
        baseOrigin = baseUrl.filter(url -> !url.isBlank()).map(CrossSiteRequests::originOf);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || isBearer(request) || isSameOrigin(request, baseOrigin)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(403);
        response.setCharacterEncoding("UTF-8");
        String detail = "This request came from a page on another site; sign-in cookies do not work across sites";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            try (Jsonb jsonb = JsonbBuilder.create()) {
                response.getWriter().write(jsonb.toJson(Problem.of(Response.Status.FORBIDDEN, "cross-site-request", detail)));
            } catch (Exception e) {
                throw new ServletException(e);
            }
        } else {
            response.setContentType("text/plain");
            response.getWriter().write("Refused: " + detail + ".\n");
        }
    }

    private static boolean isBearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static boolean isSameOrigin(HttpServletRequest request, Optional<String> baseOrigin) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String site = request.getHeader("Sec-Fetch-Site");
            return site == null || site.equals("same-origin") || site.equals("none");
        }
        origin = origin.toLowerCase(Locale.ROOT);
        String host = request.getHeader("Host");
        return (host != null && origin.equals(request.getScheme() + "://" + host.toLowerCase(Locale.ROOT)))
                || baseOrigin.filter(origin::equals).isPresent();
    }

    /** scheme://host[:port] of a URL, as a browser writes it in Origin (no default port). */
    static String originOf(String url) {
        URI uri = URI.create(url.strip());
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
