package org.liaison.fund.web;

import java.util.List;

import org.liaison.access.Role;
import org.liaison.shared.HistoryVocabulary;
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

    /** A fund's status and a deal's stage read in the reader's language in history panels. */
    @Bean
    HistoryVocabulary fundStatusHistory() {
        return new HistoryVocabulary("status", "fund.status.");
    }

    @Bean
    HistoryVocabulary dealStageHistory() {
        return new HistoryVocabulary("stage", "fund.stage.");
    }
}
