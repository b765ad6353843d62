package org.liaison.relationships.web;

import java.util.List;

import org.liaison.access.Role;
import org.liaison.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The board and the coverage in the main navigation, for the hub's staff (relationships are internal). */
@Configuration(proxyBeanMethods = false)
class RelationshipsNavigation {

    static final List<String> STAFF = List.of(Role.ADMINISTRATOR.authority(), Role.COOPERATION_MANAGER.authority(),
            Role.COMMITTEE_MEMBER.authority());

    @Bean
    NavigationItem relationshipsNavigationItem() {
        return NavigationItem.forAuthorities(200, "relationships.nav.board", "/relationships", STAFF);
    }

    @Bean
    NavigationItem coverageNavigationItem() {
        return NavigationItem.forAuthorities(210, "relationships.nav.coverage", "/coverage", STAFF);
    }
}
