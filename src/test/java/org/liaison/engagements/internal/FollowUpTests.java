package org.liaison.engagements.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class FollowUpTests {

    static final Instant NOW = Instant.parse("2012-05-02T09:00:00Z");

    FollowUp due(LocalDate date) {
        return new FollowUp(UUID.randomUUID(), "Send Hitachi a proposal", UUID.randomUUID(), date, false, NOW);
    }

    @Test
    void isOpenUntilMarkedDone() {
        var followUp = due(LocalDate.of(2012, 5, 10));

        assertThat(followUp.isDone()).isFalse();
        assertThat(followUp.getDoneAt()).isNull();
    }

    @Test
    void markingDoneTwiceKeepsTheFirstTime() {
        var followUp = due(LocalDate.of(2012, 5, 10));

        followUp.markDone(NOW.plusSeconds(60));
        followUp.markDone(NOW.plusSeconds(3600));

        assertThat(followUp.isDone()).isTrue();
        assertThat(followUp.getDoneAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void isOverdueOnlyWhenOpenAfterItsDueDate() {
        var followUp = due(LocalDate.of(2012, 5, 10));

        assertThat(followUp.isOverdue(LocalDate.of(2012, 5, 10))).isFalse();
        assertThat(followUp.isOverdue(LocalDate.of(2012, 5, 11))).isTrue();
        followUp.markDone(NOW);
        assertThat(followUp.isOverdue(LocalDate.of(2012, 5, 11))).isFalse();
    }

    @Test
    void withoutADueDateIsNeverOverdue() {
        var followUp = new FollowUp(UUID.randomUUID(), "Call back", UUID.randomUUID(), null, false, NOW);

        assertThat(followUp.isOverdue(LocalDate.of(2099, 1, 1))).isFalse();
    }
}
