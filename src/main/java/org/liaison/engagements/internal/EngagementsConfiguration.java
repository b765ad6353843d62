package org.liaison.engagements.internal;

import org.liaison.access.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar feeds are read by calendar apps without a session: their secret token is the credential. */
@Configuration
class EngagementsConfiguration {

    @Bean
    PublicPaths calendarFeedsArePublic() {
        return PublicPaths.of("/calendar/*.ics");
    }
}
