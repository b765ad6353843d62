package org.liaison;

import java.util.Objects;
import java.util.UUID;

import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.ViewerContext;
import org.liaison.access.Viewer;
import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.Subscription;
import org.liaison.news.internal.TopicNames;
import org.liaison.news.internal.WhatIsNew;
import org.springframework.beans.factory.annotation.Autowired;

/** Path samples of the news endpoints added in session 3 (rows in authz/news.md). */
class NewsMatrixSamples implements AuthorizationMatrixIntegrationTests.SampleRegistrar {

    @Autowired
    UserAccounts accounts;
    @Autowired
    WhatIsNew whatIsNew;
    @Autowired
    NewsService news;

    @Override
    public void register(AuthorizationMatrixIntegrationTests.Samples samples, SignedIn signedIn) {
        // a subscription of the caller itself (the administrator's for an anonymous request)
        samples.under("/api/v1/me/subscriptions/", "id", r -> ViewerContext.call(
                accounts.viewerOf(Objects.requireNonNull(signedIn.user(r.actor().isAnonymous() ? Actor.ADMIN : r.actor())).id()),
                () -> whatIsNew.follow(Subscription.Kind.COUNTRY, "KR")).getId().toString());
        // a fresh topic, with its version, and another one to retire it into
        samples.under("/newsroom/topics/", "id", r -> ViewerContext.call(Viewer.system("matrix"), () -> {
            var made = news.createTopic("matrix-page-" + UUID.randomUUID().toString().substring(0, 8),
                    new TopicNames("Matrix", "Матрица", "矩阵", "マトリックス"), null);
            r.shared().put("idVersion", String.valueOf(made.version()));
            r.shared().put("into", news.topic("international").id().toString());
            return made.id().toString();
        }));
    }
}
