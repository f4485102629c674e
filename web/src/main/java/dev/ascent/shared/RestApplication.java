package dev.ascent.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under /api; pages are everything else. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
