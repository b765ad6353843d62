package org.liaison.news.internal;

import org.liaison.access.PublicPaths;
import org.liaison.access.Role;
import org.liaison.shared.NavigationItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The news' public paths (pages, feeds, sitemap) and its links in the navigation. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NewsSettings.class)
class NewsConfiguration {

    @Bean
    PublicPaths newsIsPublic() {
        return PublicPaths.of("/news", "/news/**", "/sitemap.xml");
    }

    @Bean
    NavigationItem newsNavigationItem() {
        return NavigationItem.forEveryone(600, "news.nav", "/news");
    }

    @Bean
    NavigationItem newsroomNavigationItem() {
        return NavigationItem.forAuthorities(610, "news.newsroom.nav", "/newsroom",
                java.util.List.of(Role.ADMINISTRATOR.authority(), Role.COOPERATION_MANAGER.authority()));
    }

    @Bean
    NavigationItem whatIsNewNavigationItem() {
        return NavigationItem.forAuthorities(620, "news.whats-new.nav", "/whats-new",
                java.util.Arrays.stream(Role.values()).map(Role::authority).toList());
    }
}
