package org.liaison.news.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.liaison.shared.RuleViolationException;

class NewsItemTests {

    static final Instant NOW = Instant.parse("2031-05-03T06:00:00Z");

    static NewsItem draft() {
        return new NewsItem("item", "Title", "<p>Text</p><script>alert(1)</script>", "en", NOW);
    }

    @Test
    void sanitizesTheBodyWhateverTheCallerDid() {
        var item = draft();
        assertThat(item.getBody()).isEqualTo("<p>Text</p>");
        item.write("Title", null, "<p onclick=\"x()\">Again</p>", "en", NOW);
        assertThat(item.getBody()).isEqualTo("<p>Again</p>");
    }

    @Test
    void publishesOnceAndKeepsTheFirstPublicationTime() {
        var item = draft();
        assertThat(item.publish(NOW)).isTrue();
        assertThat(item.publish(NOW.plusSeconds(60))).isFalse();
        assertThat(item.getPublishedAt()).isEqualTo(NOW);
        item.withdraw(NOW.plusSeconds(120));
        assertThat(item.getStatus()).isEqualTo(NewsStatus.WITHDRAWN);
        assertThat(item.publish(NOW.plusSeconds(180))).isTrue();
        assertThat(item.getPublishedAt()).isEqualTo(NOW);
    }

    @Test
    void aScheduledItemIsPublishedWhenItsTimeHasComeAtThatTime() {
        var item = draft();
        var at = NOW.plus(Duration.ofHours(2));
        item.schedule(at, NOW);
        assertThat(item.getStatus()).isEqualTo(NewsStatus.SCHEDULED);
        assertThat(item.publishIfDue(NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThat(item.publishIfDue(NOW.plus(Duration.ofHours(3)))).isTrue();
        assertThat(item.getStatus()).isEqualTo(NewsStatus.PUBLISHED);
        assertThat(item.getPublishedAt()).isEqualTo(at);
        assertThat(item.getScheduledAt()).isNull();
    }

    @Test
    void refusesToScheduleInThePastOrAPublishedItem() {
        var item = draft();
        assertThatThrownBy(() -> item.schedule(NOW.minusSeconds(1), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("news-schedule-in-past"));
        item.publish(NOW);
        assertThatThrownBy(() -> item.schedule(NOW.plusSeconds(3600), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("news-already-published"));
    }

    @Test
    void withdrawsOnlyWhatIsPublishedOrScheduled() {
        var item = draft();
        assertThatThrownBy(() -> item.withdraw(NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("news-not-published"));
        item.schedule(NOW.plusSeconds(60), NOW);
        item.withdraw(NOW);
        assertThat(item.getStatus()).isEqualTo(NewsStatus.WITHDRAWN);
        assertThat(item.publishIfDue(NOW.plusSeconds(120))).isFalse();
    }
}
