package org.liaison.access.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds users for form login (username ignoring case) and upgrades old password hashes at sign-in. */
@Component
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final Accounts accounts;
    private final SecondFactors secondFactors;

    AccountDetailsService(Accounts accounts, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String key = UserAccountService.key(username);
        if (key.chars().anyMatch(Character::isISOControl)) {
            // no username holds one, and PostgreSQL refuses NUL in a query's text
            throw new UsernameNotFoundException("No such user");
        }
        return accounts.findByUsernameKey(key)
                .map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** The user as a password session sees it: with a second factor to give when one is enrolled. */
    private AccountPrincipal principal(Account account) {
        var principal = account.toPrincipal();
        return secondFactors.enrolled(account.getId()) ? principal.withSecondFactorEnrolled() : principal;
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
        if (newPassword == null) {
            return user;
        }
        return accounts.findByUsernameKey(UserAccountService.key(user.getUsername()))
                .map(account -> {
                    account.rehash(newPassword);
                    return principal(accounts.save(account));
                })
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
