package org.liaison.ingest.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the ingestion module ({@code liaison.ingest.*}).
 *
 * @param allowPrivateAddresses fetch URLs and feeds on loopback and private networks (off: such URLs are refused)
 * @param maxTextBytes the largest article text accepted, in UTF-8 bytes (1 MiB)
 * @param maxFetchBytes the largest page, file or feed fetched
 * @param fetchTimeout connect and read timeout of a fetch
 * @param feedPollInterval how often feeds are polled
 */
@ConfigurationProperties("liaison.ingest")
public record IngestSettings(boolean allowPrivateAddresses, int maxTextBytes, int maxFetchBytes, Duration fetchTimeout,
        Duration feedPollInterval) {

    public IngestSettings {
        maxTextBytes = maxTextBytes <= 0 ? 1024 * 1024 : maxTextBytes;
        maxFetchBytes = maxFetchBytes <= 0 ? 5 * 1024 * 1024 : maxFetchBytes;
        fetchTimeout = fetchTimeout == null ? Duration.ofSeconds(10) : fetchTimeout;
        feedPollInterval = feedPollInterval == null ? Duration.ofMinutes(30) : feedPollInterval;
    }
}
