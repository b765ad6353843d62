package org.liaison.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing (ASVS 6.3.x): after {@code perAccount} failed sign-ins for one username from
 * one client address, {@code perAddress} from one address for any usernames, or
 * {@code perAccountEverywhere} for one username from all addresses together (guessing spread over many
 * machines), within the window, further attempts are refused before the password is even checked,
 * until the oldest failure leaves the window. Refused attempts are not failures, so an attacker at one
 * address cannot push an account over the everywhere limit: the real user still signs in from
 * elsewhere. Failures are rows in the database, so all nodes count together; a successful sign-in
 * clears the failures of that account from that address. Wrong second-factor codes count the same.
 *
 * <p>The username is counted whether or not it exists, so the refusal tells nothing about which
 * accounts exist.
 */
@Component
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AccessSettings.Throttle rule;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, AccessSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rule = settings.throttle();
    }

    /** Whether a sign-in attempt for this username from this address must be refused now. */
    boolean refuses(String username, String address) {
        Timestamp since = Timestamp.from(clock.instant().minus(rule.window()));
        Integer byAccountHere = jdbc.queryForObject(
                "select count(*) from login_failure where username = ? and address = ? and failed_at > ?",
                Integer.class, key(username), address, since);
        if (byAccountHere != null && byAccountHere >= rule.perAccount()) {
            return true;
        }
        Integer byAccount = jdbc.queryForObject(
                "select count(*) from login_failure where username = ? and failed_at > ?", Integer.class,
                key(username), since);
        if (byAccount != null && byAccount >= rule.perAccountEverywhere()) {
            return true;
        }
        Integer byAddress = jdbc.queryForObject(
                "select count(*) from login_failure where address = ? and failed_at > ?", Integer.class,
                address, since);
        return byAddress != null && byAddress >= rule.perAddress();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        jdbc.update("insert into login_failure (username, address, failed_at) values (?, ?, ?)",
                key(event.getAuthentication().getName()), addressOf(event.getAuthentication().getDetails()),
                Timestamp.from(now));
    }

    /**
     * Forgets failures that serve no rule any more (older than a day and the window). Hourly, once
     * across nodes, not per failure: a guessing burst then costs one insert per attempt, not a scan
     * of the table. Runs during maintenance too: it is security bookkeeping, not business data.
     */
    @Scheduled(fixedDelayString = "${liaison.access.login-failure-cleanup:PT1H}", initialDelayString = "PT5M")
    @SchedulerLock(name = "login-failure-cleanup", lockAtMostFor = "PT10M")
    public void forgetOldFailures() {
        jdbc.update("delete from login_failure where failed_at < ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(1)).minus(rule.window())));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails) {
            jdbc.update("delete from login_failure where username = ? and address = ?",
                    key(event.getAuthentication().getName()), addressOf(event.getAuthentication().getDetails()));
        }
    }

    static String addressOf(HttpServletRequest request) {
        return clip(request.getRemoteAddr());
    }

    private static String addressOf(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? clip(web.getRemoteAddress()) : "unknown";
    }

    static String key(@Nullable String username) {
        // control characters (NUL among them: PostgreSQL refuses it in text) cannot be in a username
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String clip(String value) {
        return value.length() > 64 ? value.substring(0, 64) : value;
    }
}
