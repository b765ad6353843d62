package org.liaison.access.web;

import java.util.Arrays;

import org.liaison.access.Role;
import org.liaison.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signed-in user's own account (tokens, password), last in the navigation. */
@Configuration(proxyBeanMethods = false)
class AccountNavigation {

    @Bean
    NavigationItem accountTokensLink() {
        return NavigationItem.forAuthorities(900, "access.nav.tokens", "/account/tokens",
                Arrays.stream(Role.values()).map(Role::authority).toList());
    }
}
