package org.liaison.fund.internal;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.liaison.access.CurrentViewer;
import org.liaison.documents.DocumentId;
import org.liaison.documents.DocumentVersion;
import org.liaison.documents.Documents;
import org.liaison.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal's papers (business plan, term sheet, due diligence reports), kept in the documents
 * store under the owner {@code fund-deal:<deal id>}. Who sees and adds them is the fund's rule:
 * the committee and the fund's managers see them (anyone else gets 404, as for the deal); the
 * fund's managers add them.
 */
@Service
@Transactional
public class DealDocuments {

    /** What a download needs: the version's facts and its content (the caller closes it). */
    public record Download(DocumentVersion version, InputStream content) {}

    private final DealService deals;
    private final Documents documents;
    private final CurrentViewer viewer;

    DealDocuments(DealService deals, Documents documents, CurrentViewer viewer) {
        this.deals = deals;
        this.documents = documents;
        this.viewer = viewer;
    }

    static String owner(UUID deal) {
        return "fund-deal:" + deal;
    }

    @Transactional(readOnly = true)
    public List<DocumentVersion> list(UUID fundId, UUID dealId) {
        var me = viewer.get();
        deals.readable(deals.fund(fundId, me), dealId, me);
        return documents.ofOwner(owner(dealId));
    }

    public DocumentVersion attach(UUID fundId, UUID dealId, String fileName, byte @org.jspecify.annotations.Nullable [] content) {
        var me = viewer.get();
        var fund = deals.fund(fundId, me);
        deals.readable(fund, dealId, me);
        FundAccess.requireManager(me, fund);
        if (content == null || content.length == 0) {
            throw new org.liaison.shared.RuleViolationException("file-required", "Choose a file to attach");
        }
        return documents.store(owner(dealId), fileName, content);
    }

    @Transactional(readOnly = true)
    public Download latest(UUID fundId, UUID dealId, UUID documentId) {
        var me = viewer.get();
        deals.readable(deals.fund(fundId, me), dealId, me);
        var version = documents.latest(new DocumentId(documentId)).filter(v -> v.owner().equals(owner(dealId)))
                .orElseThrow(() -> new NotFoundException("document", documentId));
        return new Download(version, documents.open(version.document(), version.number()));
    }

}
