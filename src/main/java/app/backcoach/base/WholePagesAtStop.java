package app.backcoach.base;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat writes an answer to the connection through a buffer of 8 KB by default. A page larger than that
 * (the sign-in page with its headers is) left its last bytes to a second write after the app had handed the
 * answer back, and a graceful stop at that moment closed the connection with the page cut short: the stop
 * waits only for requests still inside the app. With 64 KB, every page BackCoach serves goes out in one
 * write while its request is still inside the app.
 */
@Component
class WholePagesAtStop implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private static final String WRITE_BUFFER = String.valueOf(64 * 1024);

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appWriteBufSize", WRITE_BUFFER));
    }
}
