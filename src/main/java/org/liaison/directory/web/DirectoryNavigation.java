package org.liaison.directory.web;

import java.util.Arrays;

import org.liaison.access.Role;
import org.liaison.shared.HistoryVocabulary;
import org.liaison.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's link in the main navigation, for every signed-in user. */
@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

    @Bean
    NavigationItem directoryNavigationItem() {
        return NavigationItem.forAuthorities(100, "directory.nav", "/directory",
                Arrays.stream(Role.values()).map(Role::authority).toList());
    }

    /** An organization's kind and a relation's type read in the reader's language in history panels. */
    @Bean
    HistoryVocabulary organizationKindHistory() {
        return new HistoryVocabulary("kind", "directory.kind.");
    }

    @Bean
    HistoryVocabulary relationTypeHistory() {
        return new HistoryVocabulary("type", "directory.relation.");
    }
}
