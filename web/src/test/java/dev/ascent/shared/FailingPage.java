package dev.ascent.shared;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Test-only page that fails the way a bug would, to see what a browser then receives. */
@WebServlet("/test-failing-page")
public class FailingPage extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException("secret internal detail");
    }
}
