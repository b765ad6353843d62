package org.liaison.fund.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.fund.core.DueDiligence.Check;
import org.liaison.fund.core.DueDiligence.Item;

class DueDiligenceTests {

    static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    static final List<Item> ITEMS = List.of(new Item(0, "Team and ownership", true), new Item(1, "Technology and IP", true),
            new Item(2, "Site visit", false));

    @Test
    void everyRequiredItemIsOpenUntilRecordedDone() {
        var dd = new DueDiligence(ITEMS, List.of());
        assertThat(dd.openRequired()).extracting(Item::label).containsExactly("Team and ownership", "Technology and IP");
        assertThat(dd.complete()).isFalse();
        assertThat(dd.lines()).hasSize(3).allMatch(DueDiligence.Line::open);
    }

    @Test
    void optionalItemsDoNotHoldADealBack() {
        var dd = new DueDiligence(ITEMS, List.of(new Check(0, true, "manager", NOW, "Met the founders"),
                new Check(1, true, "manager", NOW, null)));
        assertThat(dd.openRequired()).isEmpty();
        assertThat(dd.complete()).isTrue();
        assertThat(dd.lines().get(2).open()).isTrue();
        assertThat(dd.lines().getFirst().by()).isEqualTo("manager");
        assertThat(dd.lines().getFirst().at()).isEqualTo(NOW);
        assertThat(dd.lines().getFirst().note()).isEqualTo("Met the founders");
    }

    @Test
    void anItemRecordedNotDoneAgainIsOpenAgain() {
        var dd = new DueDiligence(ITEMS, List.of(new Check(0, false, "manager", NOW, "Reopened: the cap table changed"),
                new Check(1, true, "manager", NOW, null)));
        assertThat(dd.openRequired()).extracting(Item::number).containsExactly(0);
        assertThat(dd.lines().getFirst().note()).isEqualTo("Reopened: the cap table changed");
    }

    @Test
    void recordsOfRemovedItemsNoLongerCountAndItemsAddedLaterAreOpen() {
        var checks = List.of(new Check(0, true, "manager", NOW, null), new Check(1, true, "manager", NOW, null),
                new Check(7, false, "manager", NOW, "an item the fund removed"));
        var now = List.of(new Item(1, "Technology and IP", true), new Item(3, "Export control", true));
        var dd = new DueDiligence(now, checks);
        assertThat(dd.lines()).extracting(l -> l.item().number()).containsExactly(1, 3);
        assertThat(dd.openRequired()).extracting(Item::label).containsExactly("Export control");
    }

    @Test
    void aFundWithoutAChecklistHoldsNoDealBack() {
        assertThat(new DueDiligence(List.of(), List.of(new Check(0, false, "x", NOW, null))).complete()).isTrue();
    }
}
