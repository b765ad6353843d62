package org.liaison.fund.web;

import java.util.List;
import java.util.UUID;

import org.liaison.shared.RecordHistory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The history panel of the fund and deal pages: the audit trail of the record (fund: status,
 * sponsors, managers, committee, checklist; deal: stage, checklist records). Shown to those who see
 * the record's confidential parts; empty without the audit trail.
 */
@Component
class FundHistory {

    static final int SHOWN = 50;

    private final ObjectProvider<RecordHistory> history;

    FundHistory(ObjectProvider<RecordHistory> history) {
        this.history = history;
    }

    List<RecordHistory.Entry> of(String type, UUID id) {
        var trail = history.getIfAvailable();
        return trail == null ? List.of() : trail.of(type, id, SHOWN);
    }
}
