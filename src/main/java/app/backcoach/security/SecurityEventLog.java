package app.backcoach.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Writes every {@link SecurityEvent} to the log {@code app.backcoach.security.events}, one line each:
 * the event, the account id and the client address. The address is reduced to the characters an
 * address can have, so that nothing a client sends can forge a log line.
 */
@Component
class SecurityEventLog implements ApplicationListener<SecurityEvent> {

    static final String LOGGER = SecurityEventLog.class.getPackageName() + ".events";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    @Override
    public void onApplicationEvent(SecurityEvent event) {
        String user = event.userId() == null ? "none" : event.userId().toString();
        String client = event.clientAddress() == null ? "unknown"
                : event.clientAddress().replaceAll("[^0-9A-Za-z.:%_-]", "?");
        switch (event.type()) {
            case SIGN_IN_FAILED, SIGN_IN_SLOWED_DOWN, REGISTRATION_SLOWED_DOWN, CURRENT_PASSWORD_WRONG,
                 CURRENT_PASSWORD_SLOWED_DOWN -> log.warn("security event={} user={} client={}", event.type(), user, client);
            default -> log.info("security event={} user={} client={}", event.type(), user, client);
        }
    }
}
