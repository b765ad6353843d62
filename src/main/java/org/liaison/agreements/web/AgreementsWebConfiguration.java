package org.liaison.agreements.web;

import java.util.Arrays;

import org.liaison.access.Role;
import org.liaison.shared.HistoryVocabulary;
import org.liaison.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agreements' link in the main navigation, for every signed-in user (partners see their own). */
@Configuration(proxyBeanMethods = false)
class AgreementsWebConfiguration {

    @Bean
    NavigationItem agreementsNavigationItem() {
        return NavigationItem.forAuthorities(400, "agreements.nav", "/agreements",
                Arrays.stream(Role.values()).map(Role::authority).toList());
    }

    /** An agreement's kind and status read in the reader's language in history panels. */
    @Bean
    HistoryVocabulary agreementKindHistory() {
        return new HistoryVocabulary("kind", "agreements.kind.");
    }

    @Bean
    HistoryVocabulary agreementStatusHistory() {
        return new HistoryVocabulary("status", "agreements.status.");
    }
}
