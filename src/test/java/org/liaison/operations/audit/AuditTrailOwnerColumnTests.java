package org.liaison.operations.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which column of an Envers collection table points at the record that owns the collection. */
class AuditTrailOwnerColumnTests {

    @Test
    void theOwnersOwnIdColumnWinsOverTheFirstIdColumn() {
        // news_item_engagement_aud (engagement_id, news_item_id): the owner is the news item
        assertThat(AuditTrail.ownerColumn("news_item_aud", List.of("engagement_id", "news_item_id"))).contains("news_item_id");
    }

    @Test
    void aColumnNamedAfterTheOwnersLastWordIsTheNextChoice() {
        assertThat(AuditTrail.ownerColumn("news_item_aud", List.of("engagement_id", "item_id"))).contains("item_id");
    }

    @Test
    void otherwiseTheFirstIdColumn() {
        assertThat(AuditTrail.ownerColumn("agreement_aud", List.of("party_id", "text"))).contains("party_id");
        assertThat(AuditTrail.ownerColumn("agreement_aud", List.of("text"))).isEmpty();
    }
}
