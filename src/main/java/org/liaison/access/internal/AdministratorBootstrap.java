package org.liaison.access.internal;

import java.security.SecureRandom;

import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start (no users at all) creates the administrator {@code admin}: with
 * {@code LIAISON_ADMIN_PASSWORD} when set, otherwise with a generated one-time password logged
 * once. {@code LIAISON_ADMIN_TOKEN}, when set, becomes the administrator's API token. Runs as an
 * application runner, so before the demo data (loaded on ApplicationReadyEvent). A second start
 * finds the user and does nothing.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner, Ordered {

    static final String ADMIN = "admin";
    static final int MIN_TOKEN_LENGTH = 16;

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountService users;
    private final ApiTokenService tokens;
    private final AccessSettings settings;
    private final TransactionTemplate tx;

    AdministratorBootstrap(UserAccountService users, ApiTokenService tokens, AccessSettings settings,
            TransactionTemplate tx) {
        this.users = users;
        this.tokens = tokens;
        this.settings = settings;
        this.tx = tx;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap();
    }

    /** True when this call created the administrator. */
    boolean bootstrap() {
        String token = settings.adminToken();
        if (token != null && token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalStateException("LIAISON_ADMIN_TOKEN must have at least " + MIN_TOKEN_LENGTH
                    + " characters; use e.g. the output of `openssl rand -hex 32`");
        }
        String given = settings.adminPassword();
        String password = given != null ? given : generatePassword();
        Boolean created = tx.execute(status -> {
            if (users.count() > 0) {
                return false;
            }
            try {
                var admin = users.create(NewUser.staff(ADMIN, "Administrator", password, Role.ADMINISTRATOR));
                if (token != null) {
                    tokens.register(admin.id(), "LIAISON_ADMIN_TOKEN", token.strip(), null);
                }
                return true;
            } catch (RuleViolationException e) {
                if ("username-taken".equals(e.code())) {
                    return false; // another node of the cluster was first
                }
                throw new IllegalStateException("LIAISON_ADMIN_PASSWORD does not meet the password policy: "
                        + e.getMessage(), e);
            }
        });
        if (Boolean.TRUE.equals(created)) {
            if (given == null) {
                log.warn("""

                        ==========================================================================
                          First start: created the administrator '{}' with the one-time password

                              {}

                          It is shown only this once. Sign in and change it at /account/password.
                          Have an authenticator app at hand: administrators set up a second
                          factor at their first sign-in (a QR code, then its six-digit code).
                        ==========================================================================""",
                        ADMIN, password);
            } else {
                log.info("First start: created the administrator '{}' with the password from LIAISON_ADMIN_PASSWORD", ADMIN);
            }
            if (token != null) {
                log.info("First start: registered LIAISON_ADMIN_TOKEN as the administrator's API token");
            }
        }
        return Boolean.TRUE.equals(created);
    }

    static String generatePassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
