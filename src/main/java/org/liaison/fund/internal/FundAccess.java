package org.liaison.fund.internal;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessControl;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees and does what in a fund, on top of the one read rule ({@code ReadScope.permits}):
 * <ul>
 * <li>the fund itself is SHARED with its named sponsors: staff see it, a sponsor's partner users
 * see it, other partners and anonymous visitors get 404;</li>
 * <li>insiders (administrators, the fund's managers, and those the read rule lets see records
 * confidential to the committee) see deals, votes, the full ledger; anyone else gets 404 for a
 * deal, so its existence is not revealed, and 403 for the lists of a fund they can see;</li>
 * <li>a sponsor's partner users see their own organization's commitments and capital calls;</li>
 * <li>administrators and the fund's managers change the fund, its deals and its ledger;
 * the fund's committee members (who hold the committee role) vote.</li>
 * </ul>
 */
final class FundAccess {

    private static final AccessControl COMMITTEE_ONLY = AccessControl.confidential(null, UserAccounts.COMMITTEE_GROUP);

    private FundAccess() {}

    static boolean seesFund(Viewer viewer, Fund fund) {
        return viewer.readScope().permits(fund.getAccess());
    }

    static Fund visible(Viewer viewer, @Nullable Fund fund, Object id) {
        if (fund == null || !seesFund(viewer, fund)) {
            throw new NotFoundException("fund", id);
        }
        return fund;
    }

    static boolean isManager(Viewer viewer, Fund fund) {
        return viewer.isAdministrator() || (viewer.userId() != null && fund.getManagers().contains(viewer.userId()));
    }

    static boolean isInsider(Viewer viewer, Fund fund) {
        return isManager(viewer, fund) || insiderOfEveryFund(viewer);
    }

    /** Administrators and those the read rule lets see what is confidential to the committee. */
    static boolean insiderOfEveryFund(Viewer viewer) {
        return viewer.isAdministrator() || viewer.readScope().permits(COMMITTEE_ONLY);
    }

    static boolean seesDeal(Viewer viewer, Fund fund, Deal deal) {
        return isManager(viewer, fund) || viewer.readScope().permits(deal.getAccess());
    }

    /** The sponsor organization the viewer speaks for in this fund, if a partner of a named sponsor. */
    static @Nullable UUID sponsorOf(Viewer viewer, Fund fund) {
        if (viewer.isPartner() && viewer.organization() != null
                && fund.sponsorOrganizations().contains(Objects.requireNonNull(viewer.organization()))) {
            return viewer.organization();
        }
        return null;
    }

    static void requireInsider(Viewer viewer, Fund fund) {
        if (!isInsider(viewer, fund)) {
            throw new AccessDeniedException("Only the committee and the fund's managers see this");
        }
    }

    static void requireManager(Viewer viewer, Fund fund) {
        if (!isManager(viewer, fund)) {
            throw new AccessDeniedException("Only the fund's managers change it");
        }
    }

    static void requireStaff(Viewer viewer) {
        if (!viewer.isStaff()) {
            throw new AccessDeniedException("Only the hub's staff see this");
        }
    }

    static void requireProposer(Viewer viewer) {
        if (!viewer.roles().contains(Role.ADMINISTRATOR) && !viewer.roles().contains(Role.COOPERATION_MANAGER)) {
            throw new AccessDeniedException("Only administrators and cooperation managers propose funds or enter rates");
        }
    }
}
