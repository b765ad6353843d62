package org.liaison.engagements.web;

import java.util.Arrays;

import org.liaison.access.Role;
import org.liaison.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engagements' links in the main navigation: the list, and each user's tasks, for every signed-in user. */
@Configuration(proxyBeanMethods = false)
class EngagementNavigation {

    @Bean
    NavigationItem engagementsNavigationItem() {
        return NavigationItem.forAuthorities(300, "engagements.nav", Links.LIST,
                Arrays.stream(Role.values()).map(Role::authority).toList());
    }

    @Bean
    NavigationItem myTasksNavigationItem() {
        return NavigationItem.forAuthorities(900, "engagements.tasks.nav", Links.TASKS,
                Arrays.stream(Role.values()).map(Role::authority).toList());
    }
}
