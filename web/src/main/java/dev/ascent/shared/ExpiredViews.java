package dev.ascent.shared;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * An ajax request from a page whose view expired (the session timed out, the server restarted,
 * or the view state is broken) reloads the page instead of failing silently: Faces would answer
 * with an error naming the exception, which the page cannot show. Full-page posts reach
 * {@link ErrorPages} instead ("this page had expired").
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null && context.getPartialViewContext().isAjaxRequest()) {
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                    if (isExpired(events.next().getContext().getException())) {
                        events.remove();
                        reload(context);
                        return;
                    }
                }
            }
            getWrapped().handle();
        }

        private static boolean isExpired(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        /** Back to the page the request came from (its address has the parameters), if it is ours. */
        private static void reload(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String referer = request.getHeader("Referer");
            String host = request.getHeader("Host");
            String target = referer != null && host != null && referer.startsWith(request.getScheme() + "://" + host + "/")
                    ? referer : request.getRequestURI();
            try {
                external.redirect(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
