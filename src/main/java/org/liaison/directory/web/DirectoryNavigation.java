package org.liaison.directory.web;

import java.util.Arrays;

import org.liaison.access.Role;
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
}
