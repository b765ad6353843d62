package org.liaison.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's second factor: an authenticator app (TOTP) and ten single-use recovery codes.
 * Available to everyone, required for administrators and committee members. A password session of
 * a user who needs it carries no {@link #FACTOR} authority until the code is given, and until then
 * it is not a viewer of anything (see {@link #incomplete(Authentication)}).
 */
@Component
public class SecondFactors {

    /** The factor authority a verified code adds to the session, in Spring Security's MFA naming. */
    public static final String FACTOR = "FACTOR_TOTP";

    /** Roles that may not work without a second factor. */
    public static final Set<Role> REQUIRED_FOR = EnumSet.of(Role.ADMINISTRATOR, Role.COMMITTEE_MEMBER);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SecondFactors(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether a user with these roles must use a second factor. */
    public static boolean requiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(REQUIRED_FOR::contains);
    }

    /**
     * A password session that still owes its second factor: the user has one enrolled or must have
     * one, and no code was given in this session. Tokens are never incomplete (single factor by design).
     */
    public static boolean incomplete(@Nullable Authentication auth) {
        return auth instanceof UsernamePasswordAuthenticationToken && auth.isAuthenticated()
                && auth.getPrincipal() instanceof AccountPrincipal principal && principal.secondFactorRequired()
                && !hasFactor(auth);
    }

    /** Whether the session gave a second factor. */
    public static boolean hasFactor(@Nullable Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> FACTOR.equals(a.getAuthority()));
    }

    public boolean enrolled(UUID account) {
        Integer count = jdbc.queryForObject("select count(*) from second_factor where account_id = ?", Integer.class,
                account);
        return count != null && count > 0;
    }

    /**
     * Enrols (or replaces) the user's authenticator with this secret and issues ten new recovery
     * codes, returned in plain this once; old codes stop working.
     */
    @Transactional
    public List<String> enrol(UUID account, String secret) {
        jdbc.update("delete from second_factor where account_id = ?", account);
        jdbc.update("insert into second_factor (account_id, secret, last_step, enrolled_at) values (?, ?, ?, ?)",
                account, secret, -1L, Timestamp.from(clock.instant()));
        return newRecoveryCodes(account);
    }

    /** Replaces the recovery codes; the old ones stop working. */
    @Transactional
    public List<String> newRecoveryCodes(UUID account) {
        jdbc.update("delete from recovery_code where account_id = ?", account);
        var codes = RecoveryCodes.generate();
        for (String code : codes) {
            jdbc.update("insert into recovery_code (id, account_id, code_hash) values (?, ?, ?)", UUID.randomUUID(),
                    account, RecoveryCodes.hash(code));
        }
        return codes;
    }

    public int unusedRecoveryCodes(UUID account) {
        Integer count = jdbc.queryForObject(
                "select count(*) from recovery_code where account_id = ? and used_at is null", Integer.class, account);
        return count == null ? 0 : count;
    }

    @Transactional
    public void disable(UUID account) {
        jdbc.update("delete from recovery_code where account_id = ?", account);
        jdbc.update("delete from second_factor where account_id = ?", account);
    }

    /**
     * Checks a six-digit code or a recovery code and uses it up: a code's time step and a recovery
     * code are each accepted once, also when two requests race (the update decides).
     */
    @Transactional
    public boolean verify(UUID account, @Nullable String input) {
        String given = input == null ? "" : input.strip();
        if (RecoveryCodes.looksLikeOne(given)) {
            return jdbc.update("update recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null",
                    Timestamp.from(clock.instant()), account, RecoveryCodes.hash(given)) == 1;
        }
        Optional<Enrolment> enrolment = enrolment(account);
        if (enrolment.isEmpty()) {
            return false;
        }
        var step = Totp.verify(enrolment.get().secret(), given, clock.instant(), enrolment.get().lastStep());
        return step.isPresent() && jdbc.update(
                "update second_factor set last_step = ? where account_id = ? and last_step < ?",
                step.getAsLong(), account, step.getAsLong()) == 1;
    }

    private Optional<Enrolment> enrolment(UUID account) {
        return jdbc.query("select secret, last_step from second_factor where account_id = ?",
                (rs, n) -> new Enrolment(rs.getString(1), rs.getLong(2)), account).stream().findFirst();
    }

    private record Enrolment(String secret, long lastStep) {}
}
