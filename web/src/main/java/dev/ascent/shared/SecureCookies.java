package dev.ascent.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Behind HTTPS (ASCENT_SECURE_COOKIES=true) the session cookie is marked Secure. */
@WebListener
public class SecureCookies implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (Boolean.parseBoolean(System.getenv("ASCENT_SECURE_COOKIES"))) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
