package org.liaison.ingest.internal;

import org.liaison.ingest.sources.SafeFetcher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestSettings.class)
class IngestConfiguration {

    @Bean
    SafeFetcher ingestFetcher(IngestSettings settings) {
        return new SafeFetcher(settings.allowPrivateAddresses(), settings.maxFetchBytes(), settings.fetchTimeout());
    }
}
