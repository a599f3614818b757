package app.backcoach.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.context.ApplicationListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knows the signed-in sessions of each account, so that a password change or an account deletion can end
 * every other one (another browser that knew the old password must sign in again). A session joins when
 * Spring Security stores a signed-in context in it, and leaves when that is removed or the session ends.
 */
@Component
class AccountSessions implements HttpSessionAttributeListener, HttpSessionListener, ApplicationListener<SecurityEvent> {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Map<Long, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            join(event.getSession(), event.getValue());
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            leave(event.getSession());
            join(event.getSession(), event.getSession().getAttribute(CONTEXT));
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            leave(event.getSession());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        leave(event.getSession());
    }

    @Override
    public void onApplicationEvent(SecurityEvent event) {
        if (event.userId() != null && (event.type() == SecurityEvent.Type.PASSWORD_CHANGED
                || event.type() == SecurityEvent.Type.ACCOUNT_DELETED)) {
            endOtherSessions(event.userId());
        }
    }

    /** Ends every session of the account except the one of the request being served. */
    void endOtherSessions(long userId) {
        HttpServletRequest request = SignInClient.currentRequest();
        HttpSession current = request == null ? null : request.getSession(false);
        Set<HttpSession> theirs = sessions.getOrDefault(userId, Set.of());
        for (HttpSession session : Set.copyOf(theirs)) {
            if (session != current && (current == null || !session.getId().equals(current.getId()))) {
                theirs.remove(session);
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // ended meanwhile: nothing left to do
                }
            }
        }
    }

    int count(long userId) {
        return sessions.getOrDefault(userId, Set.of()).size();
    }

    private void join(HttpSession session, Object context) {
        if (context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            sessions.compute(principal.id(), (id, set) -> {
                Set<HttpSession> theirs = set == null ? ConcurrentHashMap.newKeySet() : set;
                theirs.add(session);
                return theirs;
            });
        }
    }

    private void leave(HttpSession session) {
        for (Long userId : sessions.keySet()) {
            sessions.computeIfPresent(userId, (id, set) -> {
                set.remove(session);
                return set.isEmpty() ? null : set;
            });
        }
    }
}
