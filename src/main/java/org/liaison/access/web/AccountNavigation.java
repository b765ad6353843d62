package org.liaison.access.web;

import java.util.Arrays;

import org.liaison.access.Role;
import org.liaison.shared.HistoryVocabulary;
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

    /** A user account's roles read in the reader's language in the audit log. */
    @Bean
    HistoryVocabulary roleHistory() {
        return new HistoryVocabulary("role", "access.role.");
    }
}
