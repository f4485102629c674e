package dev.ascent.shared;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps every API request body below the server's own limit (Undertow's max-post-size, 10 MB),
 * which answers with a bare 400 and a closed connection: a declared length over the cap is
 * refused before reading, and a chunked body is counted while it is read. Either way 413.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = limitFor(context.getMediaType());
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limit) {
            throw new Bodies.TooLarge(limit);
        }
        context.setInputStream(new Capped(context.getInputStream(), limit));
        return context.proceed();
    }

    static long limitFor(MediaType type) {
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        return json ? Bodies.MAX_JSON_BYTES : Bodies.MAX_OTHER_BYTES;
    }

    /** Fails as soon as one byte more than the limit has been read. */
    private static final class Capped extends FilterInputStream {
        private final long limit;
        private long count;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw new Bodies.TooLarge(limit);
            }
        }
    }
}
