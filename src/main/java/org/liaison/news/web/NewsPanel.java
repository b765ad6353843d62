package org.liaison.news.web;

import java.util.Optional;

import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationPanel;
import org.liaison.news.NewsQueries;
import org.springframework.stereotype.Component;

/** The organization page's panel of the published news about the organization, newest first. */
@Component
class NewsPanel implements OrganizationPanel {

    static final int LIMIT = 10;

    private final NewsQueries news;

    NewsPanel(NewsQueries news) {
        this.news = news;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public String titleKey() {
        return "news.panel.title";
    }

    @Override
    public String fragment() {
        return "news/panels :: news";
    }

    @Override
    public Optional<?> model(OrganizationId organization) {
        var items = news.about(organization, LIMIT);
        return items.isEmpty() ? Optional.empty() : Optional.of(items);
    }
}
