package org.liaison.directory.web;

import java.util.UUID;

import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which edit controls a page shows. The directory service enforces the same rules on every
 * command; this only keeps users from seeing buttons that would refuse them.
 */
@Component
class PagePermissions {

    private final CurrentViewer viewer;

    PagePermissions(CurrentViewer viewer) {
        this.viewer = viewer;
    }

    /** Administrators and cooperation managers create, relate and merge. */
    boolean canManage() {
        Viewer v = viewer.get();
        return v.roles().contains(Role.ADMINISTRATOR) || v.roles().contains(Role.COOPERATION_MANAGER);
    }

    /** Managers edit every organization; a partner edits its own (an organization owns its record). */
    boolean canEdit(UUID organization) {
        Viewer v = viewer.get();
        return canManage() || (v.isPartner() && organization.equals(v.organization()));
    }

    void requireEditor(UUID organization) {
        if (!canEdit(organization)) {
            throw new AccessDeniedException("Not allowed to change this organization");
        }
    }

    void requireManager() {
        if (!canManage()) {
            throw new AccessDeniedException("Only administrators and cooperation managers change the directory");
        }
    }
}
