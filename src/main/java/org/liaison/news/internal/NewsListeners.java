package org.liaison.news.internal;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.agreements.AgreementSigned;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationRegistered;
import org.liaison.directory.OrganizationsMerged;
import org.liaison.engagements.EngagementLogged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other modules tell the news: engagements logged and organizations registered become
 * entries of "what is new"; merged organizations move the items' links. All idempotent.
 */
@Component
class NewsListeners {

    private final WhatIsNew whatIsNew;
    private final NewsService news;
    private final DirectoryQueries directory;

    NewsListeners(WhatIsNew whatIsNew, NewsService news, DirectoryQueries directory) {
        this.whatIsNew = whatIsNew;
        this.news = news;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(EngagementLogged logged) {
        whatIsNew.recordEngagement(logged);
    }

    @ApplicationModuleListener
    void on(AgreementSigned signed) {
        whatIsNew.recordAgreement(signed);
    }

    @ApplicationModuleListener
    void on(OrganizationRegistered registered) {
        whatIsNew.recordOrganization(registered.organization(), registered.primaryName(), registered.country());
    }

    @ApplicationModuleListener
    void on(OrganizationsMerged merged) {
        ViewerContext.run(Viewer.system("news-merge"),
                () -> news.replaceOrganization(merged.merged(), directory.current(merged.survivor())));
    }
}
