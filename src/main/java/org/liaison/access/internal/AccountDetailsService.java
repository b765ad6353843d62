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
        return accounts.findByUsernameKey(UserAccountService.key(username))
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
