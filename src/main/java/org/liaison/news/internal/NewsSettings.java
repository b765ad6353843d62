package org.liaison.news.internal;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the news ({@code liaison.news.*}).
 *
 * @param publicUrl the address visitors reach the instance at, e.g. {@code https://hub.example.org};
 *                  feeds and the sitemap use it for absolute links. Unset: the address of the request.
 * @param pageSize  how many items the public lists and feeds show
 */
@ConfigurationProperties("liaison.news")
public record NewsSettings(@Nullable URI publicUrl, int pageSize) {

    public NewsSettings {
        pageSize = pageSize <= 0 ? 20 : pageSize;
        publicUrl = publicUrl == null || publicUrl.toString().isBlank() ? null : publicUrl;
    }
}
