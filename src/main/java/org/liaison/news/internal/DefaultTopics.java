package org.liaison.news.internal;

import java.util.List;
import java.util.Locale;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.shared.LiaisonSettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The taxonomy every instance starts with, the topics of the reference news page: Incubators,
 * Accelerators, Technoparks, International, News, Regions &amp; cities, and the hub's own name
 * (in each language as the directory names the hub, once it is there). Adds only missing topics;
 * renaming by editors is kept.
 */
@Component
class DefaultTopics implements ApplicationRunner {

    static final List<Topic> DEFAULTS = List.of(
            new Topic("incubators", new TopicNames("Incubators", "Инкубаторы", "孵化器", "インキュベーター"), 1),
            new Topic("accelerators", new TopicNames("Accelerators", "Акселераторы", "加速器", "アクセラレーター"), 2),
            new Topic("technoparks", new TopicNames("Technoparks", "Технопарки", "科技园", "テクノパーク"), 3),
            new Topic("international", new TopicNames("International", "Международное сотрудничество", "国际合作", "国際協力"), 4),
            new Topic("news", new TopicNames("News", "Новости", "新闻", "ニュース"), 5),
            new Topic("regions-and-cities", new TopicNames("Regions & cities", "Регионы и города", "地区与城市", "地域と都市"), 6));

    private final Topics topics;
    private final DirectoryQueries directory;
    private final LiaisonSettings settings;

    DefaultTopics(Topics topics, DirectoryQueries directory, LiaisonSettings settings) {
        this.topics = topics;
        this.directory = directory;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ensure();
    }

    /** Adds the missing default topics; the hub's topic takes the directory's names of the hub when it has them. */
    @Transactional
    public void ensure() {
        for (var topic : DEFAULTS) {
            if (topics.findBySlug(topic.getSlug()).isEmpty()) {
                topics.save(new Topic(topic.getSlug(), topic.names(), topic.getPosition()));
            }
        }
        String hub = settings.homeHub().name();
        var slug = hubSlug();
        var names = ViewerContext.call(Viewer.system("news-topics"), () -> directory.homeHub()
                .map(h -> new TopicNames(h.nameIn(Locale.ENGLISH), h.nameIn(Locale.forLanguageTag("ru")),
                        h.nameIn(Locale.forLanguageTag("zh")), h.nameIn(Locale.forLanguageTag("ja"))))
                .orElse(TopicNames.same(hub)));
        topics.findBySlug(slug).ifPresentOrElse(existing -> {
            if (existing.names().equals(TopicNames.same(hub))) {
                existing.rename(names);
            }
        }, () -> topics.save(new Topic(slug, names, DEFAULTS.size() + 1)));
    }

    String hubSlug() {
        return Slugs.of(settings.homeHub().name());
    }
}
