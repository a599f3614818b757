package app.backcoach.base;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat writes an answer to the connection through a buffer of 8 KB by default. A page larger than that
 * (the sign-in page with its headers is, to a client that does not take it compressed) left its last bytes
 * to a second write, and a graceful stop between the two closed the connection with the page cut short: the
 * stop waits only for requests still inside the app, and Tomcat finishes writing an answer after the app has
 * handed it back. With 16 KB, every page BackCoach draws goes out in one write, compressed or not (decision
 * 32). Each open connection keeps its buffer, and Tomcat keeps closed connections' buffers for reuse, so
 * the buffer is no larger than that: 64 KB held about 85 MB more heap with 2,100 people connected, and
 * slowed the app down.
 */
@Component
class WholePagesAtStop implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private static final String WRITE_BUFFER = String.valueOf(16 * 1024);

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appWriteBufSize", WRITE_BUFFER));
    }
}
