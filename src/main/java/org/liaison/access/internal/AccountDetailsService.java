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
    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameKey(UserAccountService.key(username))
                .map(Account::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
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
                    return accounts.save(account).toPrincipal();
                })
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
