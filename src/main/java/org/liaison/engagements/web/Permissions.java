package org.liaison.engagements.web;

import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which controls the engagements' pages show. The engagement service enforces the same rules on
 * every command; this only keeps users from seeing buttons that would refuse them.
 */
@Component("engagementPermissions")
class Permissions {

    private final CurrentViewer viewer;

    Permissions(CurrentViewer viewer) {
        this.viewer = viewer;
    }

    /** Administrators and cooperation managers log and change engagements and add follow-ups. */
    boolean canManage() {
        Viewer v = viewer.get();
        return v.roles().contains(Role.ADMINISTRATOR) || v.roles().contains(Role.COOPERATION_MANAGER);
    }

    /** The hub's staff see follow-ups. */
    boolean isStaff() {
        return viewer.get().isStaff();
    }

    void requireManager() {
        if (!canManage()) {
            throw new AccessDeniedException("Only administrators and cooperation managers log engagements");
        }
    }
}
