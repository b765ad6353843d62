package org.liaison.operations.outage;

import org.liaison.news.PublicSnapshots;
import org.liaison.shared.Problems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/** The outage filter, ahead of security (which needs the database) and of everything else. */
@Configuration(proxyBeanMethods = false)
class OutageConfiguration {

    @Bean
    FilterRegistrationBean<OutageFilter> outageFilter(DatabaseProbe probe, PublicSnapshots snapshots, Problems problems,
            MessageSource messages, LocaleResolver localeResolver) {
        var registration = new FilterRegistrationBean<>(new OutageFilter(probe, snapshots, problems, messages, localeResolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
