package org.liaison.news.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes the scheduled items whose time has come, every minute, on one node at a time. */
@Component
public class PublicationJob {

    private static final Logger log = LoggerFactory.getLogger(PublicationJob.class);

    private final NewsService news;

    PublicationJob(NewsService news) {
        this.news = news;
    }

    /** Tests call it directly (timers are off there). Void: ShedLock locks no method returning a primitive. */
    @Scheduled(fixedDelayString = "${liaison.news.publication-interval:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "news-publication", lockAtMostFor = "PT5M")
    public void publishDue() {
        int published = ViewerContext.call(Viewer.system("news-publication"), news::publishDue);
        if (published > 0) {
            log.info("Published {} scheduled news item(s)", published);
        }
    }
}
