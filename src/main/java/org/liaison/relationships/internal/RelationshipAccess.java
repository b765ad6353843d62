package org.liaison.relationships.internal;

import java.util.Locale;
import java.util.UUID;

import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationSummary;
import org.liaison.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The access rule of relationships, for every service of the module: they are internal to the
 * hub's staff, so a partner or anonymous caller finds none of them (404, as if they did not exist);
 * committee members read them; administrators and cooperation managers change them. Also the view
 * of one relationship the caller may see.
 */
@Component
class RelationshipAccess {

    private final RelationshipRepository relationships;
    private final DirectoryQueries directory;
    private final CurrentViewer viewer;

    RelationshipAccess(RelationshipRepository relationships, DirectoryQueries directory, CurrentViewer viewer) {
        this.relationships = relationships;
        this.directory = directory;
        this.viewer = viewer;
    }

    /** The relationship, when the caller is staff and may see its organization; 404 otherwise. */
    Relationship readable(UUID id) {
        if (!viewer.get().isStaff()) {
            throw new NotFoundException("relationship", id);
        }
        var relationship = relationships.findById(id).orElseThrow(() -> new NotFoundException("relationship", id));
        if (directory.summary(relationship.getOrganization()).isEmpty()) {
            throw new NotFoundException("relationship", id);
        }
        return relationship;
    }

    RelationshipView view(Relationship r) {
        var summary = directory.summary(r.getOrganization())
                .orElseThrow(() -> new NotFoundException("relationship", r.getId()));
        return view(r, summary);
    }

    static RelationshipView view(Relationship r, OrganizationSummary s) {
        return new RelationshipView(r.getId(), r.getVersion(), r.getOrganization(), s.nameIn(Locale.ENGLISH), s.kind(),
                s.country(), r.getStage(), r.getOwner(), r.getNextStep(), r.getNextStepDue(), r.getLastContact(),
                r.getCreatedAt(), r.getUpdatedAt());
    }

    void requireStaff() {
        if (!viewer.get().isStaff()) {
            throw new NotFoundException("relationships", "");
        }
    }

    void requireManager() {
        Viewer v = viewer.get();
        if (!v.isStaff()) {
            throw new NotFoundException("relationship", "");
        }
        if (!v.roles().contains(Role.ADMINISTRATOR) && !v.roles().contains(Role.COOPERATION_MANAGER)) {
            throw new AccessDeniedException("Only administrators and cooperation managers change relationships");
        }
    }
}
