package org.liaison.operations.audit;

import java.sql.Timestamp;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.liaison.access.ApiTokenChanged;
import org.liaison.access.UserAccount;
import org.liaison.access.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Appends security events to {@code audit_security_event}, from Spring Security's own events:
 * sign-in, failed sign-in, sign-out, refused access; and from access's {@link ApiTokenChanged}.
 * It writes with plain JDBC, so events are recorded during maintenance too. Text is stripped of
 * control characters, so a user name with CR/LF cannot forge a line in an export.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityEventLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final UserAccounts accounts;

    SecurityEventLog(JdbcTemplate jdbc, Clock clock, @Lazy UserAccounts accounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** Makes Spring Security publish refused requests as {@link AuthorizationDeniedEvent}s. */
    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        append("LOGIN", event.getAuthentication(), "signed in");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        append("LOGIN_FAILED", event.getAuthentication(), event.getException().getClass().getSimpleName());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        append("LOGOUT", event.getAuthentication(), "signed out");
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        var auth = event.getAuthentication().get();
        String what = event.getSource() instanceof jakarta.servlet.http.HttpServletRequest request
                ? request.getMethod() + " " + request.getRequestURI()
                : event.getSource().getClass().getSimpleName();
        append("ACCESS_DENIED", auth, what);
    }

    @EventListener
    void token(ApiTokenChanged event) {
        String owner = accounts.find(event.account()).map(UserAccount::username).orElse(event.account().toString());
        append("TOKEN_" + event.change().name(), null, owner, "token " + event.token() + " " + event.name());
    }

    /** Appends one event on behalf of the given user (null: anonymous). */
    void record(String kind, @Nullable Authentication auth, String detail) {
        append(kind, auth, detail);
    }

    private void append(String kind, @Nullable Authentication auth, String detail) {
        String remote = auth != null && auth.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        append(kind, remote, auth == null ? "anonymous" : auth.getName(), detail);
    }

    private void append(String kind, @Nullable String remote, Object username, String detail) {
        jdbc.update("insert into audit_security_event (occurred_at, kind, username, remote_address, detail) values (?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), kind, clean(String.valueOf(username), 200), remote == null ? null : clean(remote, 64),
                clean(detail, 500));
    }

    /** No control characters (CR, LF, tabs...), and no longer than the column. */
    static String clean(String text, int max) {
        String flat = text.replaceAll("\\p{Cntrl}", " ");
        return flat.length() > max ? flat.substring(0, max) : flat;
    }
}
