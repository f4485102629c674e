package dev.ascent.shared;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie is marked Secure when people reach Ascent over HTTPS: by default when
 * ASCENT_BASE_URL starts with https://; ASCENT_SECURE_COOKIES=true or false overrides that (e.g.
 * false for a plain-HTTP test behind an https base URL). SameSite=Lax is added by Undertow
 * (WEB-INF/undertow-handlers.conf), which ignores web.xml's cookie attributes.
 */
@WebListener
public class SecureCookies implements ServletContextListener {
    @Inject
    @ConfigProperty(name = "ascent.secure.cookies")
    Optional<String> secureCookies;
    @Inject
    @ConfigProperty(name = "ascent.base.url")
    Optional<String> baseUrl;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (secure(secureCookies.filter(value -> !value.isBlank()), baseUrl.filter(value -> !value.isBlank()))) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    static boolean secure(Optional<String> override, Optional<String> baseUrl) {
        return override.map(Boolean::parseBoolean)
                .orElseGet(() -> baseUrl.map(url -> url.strip().toLowerCase(Locale.ROOT).startsWith("https://")).orElse(false));
    }
}
