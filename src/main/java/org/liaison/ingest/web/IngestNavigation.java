package org.liaison.ingest.web;

import java.util.List;

import org.liaison.access.Role;
import org.liaison.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review queue's link in the main navigation, for administrators and cooperation managers. */
@Configuration(proxyBeanMethods = false)
class IngestNavigation {

    @Bean
    NavigationItem ingestNavigationItem() {
        return NavigationItem.forAuthorities(700, "ingest.nav", "/ingest",
                List.of(Role.ADMINISTRATOR.authority(), Role.COOPERATION_MANAGER.authority()));
    }
}
