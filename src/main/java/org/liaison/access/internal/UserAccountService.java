package org.liaison.access.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccount;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users, with the account rules and the password policy. */
@Service
@Transactional
public class UserAccountService implements UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,100}");
    private static final Pattern GROUP = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*");

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;

    UserAccountService(Accounts accounts, PasswordEncoder encoder, PasswordPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
    }

    /** The case-folded form under which a username is unique: "Admin", "ADMIN" and "ａｄｍｉｎ" are one user. */
    static String key(String username) {
        return Normalizer.normalize(username.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    @Override
    public UserAccount create(NewUser user) {
        String username = Normalizer.normalize(user.username().strip(), Normalizer.Form.NFKC);
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolationException("username-invalid",
                    "A username has 2 to 100 letters, digits and . _ - @");
        }
        String displayName = user.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 200) {
            throw new RuleViolationException("display-name-required", "A display name of at most 200 characters is required");
        }
        Set<Role> roles = user.roles();
        if (roles.isEmpty()) {
            throw new RuleViolationException("role-required", "A user needs a role");
        }
        if (roles.contains(Role.PARTNER)) {
            if (roles.size() > 1) {
                throw new RuleViolationException("partner-not-staff", "A partner user cannot also hold a staff role");
            }
            if (user.organization() == null) {
                throw new RuleViolationException("partner-needs-organization", "A partner user is bound to an organization");
            }
        } else if (user.organization() != null) {
            throw new RuleViolationException("organization-only-for-partners",
                    "Only partner users are bound to an organization");
        }
        var groups = new LinkedHashSet<String>(user.groups());
        if (roles.contains(Role.COMMITTEE_MEMBER)) {
            groups.add(COMMITTEE_GROUP);
        }
        for (String group : groups) {
            if (!GROUP.matcher(group).matches()) {
                throw new RuleViolationException("group-invalid", "A group name has lower-case letters, digits and -");
            }
        }
        String language = user.preferredLanguage();
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new RuleViolationException("language-invalid", "The language must be a language tag such as ja");
        }
        policy.check(user.password(), username);
        String key = key(username);
        if (accounts.findByUsernameKey(key).isPresent()) {
            throw taken();
        }
        var account = new Account(username, key, displayName, encoder.encode(user.password()), EnumSet.copyOf(roles),
                user.organization(), groups, language, now());
        try {
            return accounts.saveAndFlush(account).toView();
        } catch (DataIntegrityViolationException raced) {
            throw taken();
        }
    }

    @Override
    public UserAccount createIfAbsent(NewUser user) {
        return accounts.findByUsernameKey(key(user.username())).map(Account::toView).orElseGet(() -> create(user));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsernameKey(key(username)).map(Account::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(UUID id) {
        return accounts.findById(id).map(Account::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserAccount> partnersOf(UUID organization) {
        return accounts.findByOrganization(organization).stream()
                .filter(a -> a.getRoles().contains(Role.PARTNER))
                .map(Account::toView)
                .toList();
    }

    @Override
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        var account = existing(userId);
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolationException("current-password-wrong", "The current password is not right");
        }
        setPassword(account, newPassword);
    }

    /** Sets a password without knowing the old one: for the administrator's bootstrap and resets. */
    void setPassword(UUID userId, String newPassword) {
        setPassword(existing(userId), newPassword);
    }

    private void setPassword(Account account, String newPassword) {
        policy.check(newPassword, account.getUsername());
        account.changePasswordHash(encoder.encode(newPassword), now());
        accounts.save(account);
    }

    @Override
    public void setEnabled(UUID userId, boolean enabled) {
        var account = existing(userId);
        account.enable(enabled, now());
        accounts.save(account);
    }

    @Override
    public int rebindPartners(UUID fromOrganization, UUID toOrganization) {
        var moved = accounts.findByOrganization(fromOrganization);
        moved.forEach(a -> a.bindTo(toOrganization, now()));
        return moved.size();
    }

    @Override
    @Transactional(readOnly = true)
    public Viewer viewerOf(UUID userId) {
        return existing(userId).toView().viewer();
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    @Transactional(readOnly = true)
    public @Nullable AccountPrincipal principal(String username) {
        return accounts.findByUsernameKey(key(username)).map(Account::toPrincipal).orElse(null);
    }

    private Account existing(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private static RuleViolationException taken() {
        return new RuleViolationException("username-taken", "This username is taken");
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
