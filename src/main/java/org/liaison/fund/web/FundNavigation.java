package org.liaison.fund.web;

import java.util.List;

import org.liaison.access.Role;
import org.liaison.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class FundNavigation {

    @Bean
    NavigationItem fundsLink() {
        return NavigationItem.forAuthorities(500, "fund.nav", "/funds",
                List.of(Role.ADMINISTRATOR.authority(), Role.COOPERATION_MANAGER.authority(),
                        Role.COMMITTEE_MEMBER.authority(), Role.PARTNER.authority()));
    }
}
