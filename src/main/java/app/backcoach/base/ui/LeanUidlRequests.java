package app.backcoach.base.ui;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.RequestBodyTooLargeException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Every click and every phase report reaches the server as a UIDL request, a JSON body of a few hundred bytes.
 * Vaadin's own handler reads each body into two fresh 64 K buffers (a {@code char[65536]} and a
 * {@code StringBuilder(65536)}), about 192 KB for every request: in the load test that was 42 % of all the
 * memory the app allocated, and so of its garbage collections. This handler is Vaadin's, with the body read
 * at its own length instead (decision 33). Everything else is Vaadin's, in Vaadin's order: the body is read
 * before the session is locked, the request is handled with the lock held, the answer is written after it is
 * released, and a body over Vaadin's configured maximum ({@code maxRequestBodySize}) is refused with 413 and
 * changes nothing (answered here, where Vaadin's sends an error page, which for someone not signed in became a
 * redirect to the sign-in page). Added request handlers are asked before Vaadin's own, so Vaadin's never sees
 * these requests.
 */
@Component
class LeanUidlRequests implements VaadinServiceInitListener {

    /** The smallest and largest buffer for one read, in characters. */
    static final int MIN_BUFFER = 512;
    static final int MAX_BUFFER = 8192;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Handler());
    }

    static final class Handler extends UidlRequestHandler {

        private static final Logger LOG = LoggerFactory.getLogger(LeanUidlRequests.class);

        @Override
        public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
                throws IOException {
            if (!canHandleRequest(request)) {
                return false;
            }
            String body;
            long maximum = getMaxRequestBodySize(request);
            try {
                Reader reader = request.getReader();
                body = reader == null ? null : readBody(reader, request.getContentLength(), maximum);
            } catch (RequestBodyTooLargeException e) {
                LOG.warn("Refused a request with a body over the maximum of {} characters", maximum);
                // its own answer: an error page (sendError, as Vaadin's does) would send someone not signed in
                // to the sign-in page instead
                response.setStatus(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode());
                response.setContentType("text/plain; charset=UTF-8");
                response.getWriter().write("This request is larger than the " + maximum + " characters allowed.");
                return true;
            }
            Optional<ResponseWriter> writer;
            session.lock();
            try {
                writer = synchronizedHandleRequest(session, request, response, body);
            } finally {
                session.unlock();
            }
            if (writer.isPresent()) {
                writer.get().writeResponse();
            }
            return writer.isPresent();
        }
    }

    /**
     * The whole body, read with a buffer of the size the request declares (within 512-8,192 characters), as
     * Vaadin reads it: refused once it has more than {@code maximum} characters (a negative maximum: no limit).
     * A UTF-8 body never has more characters than bytes, so a declared length is enough room for all of it.
     */
    static String readBody(Reader reader, long declaredLength, long maximum) throws IOException {
        int size = (int) Math.clamp(declaredLength, MIN_BUFFER, MAX_BUFFER);
        char[] buffer = new char[size];
        StringBuilder body = new StringBuilder(size);
        long total = 0;
        for (int read; (read = reader.read(buffer)) != -1; ) {
            total += read;
            if (maximum >= 0 && total > maximum) {
                throw new RequestBodyTooLargeException(maximum);
            }
            body.append(buffer, 0, read);
        }
        return body.toString();
    }
}
