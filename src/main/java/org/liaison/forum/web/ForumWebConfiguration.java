package org.liaison.forum.web;

import java.util.Arrays;

import org.liaison.access.Role;
import org.liaison.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forum's link in the main navigation, for every signed-in user (partners see their own organization's part). */
@Configuration(proxyBeanMethods = false)
class ForumWebConfiguration {

    @Bean
    NavigationItem forumNavigationItem() {
        return NavigationItem.forAuthorities(700, "forum.nav", "/forum",
                Arrays.stream(Role.values()).map(Role::authority).toList());
    }
}
