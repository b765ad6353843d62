package org.liaison.access.internal;

import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.shared.DemoDataContributor;
import org.springframework.stereotype.Component;

/**
 * Sample data, demo instances only: one user per staff role, with the passwords documented in
 * docs/ACCESS.md. The partner user {@code partner} is added by the directory's demo data, bound
 * to the Torch technopark of Tsinghua University.
 */
@Component
class DemoUsers implements DemoDataContributor {

    static final String MANAGER = "manager";
    static final String MANAGER_PASSWORD = "demo-manager-2012";
    static final String COMMITTEE = "committee";
    static final String COMMITTEE_PASSWORD = "demo-committee-2012";

    private final UserAccounts users;

    DemoUsers(UserAccounts users) {
        this.users = users;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String name() {
        return "access-demo-users";
    }

    @Override
    public void contribute() {
        users.createIfAbsent(NewUser.staff(MANAGER, "Cooperation manager (demo)", MANAGER_PASSWORD,
                Role.COOPERATION_MANAGER));
        users.createIfAbsent(NewUser.staff(COMMITTEE, "Investment committee member (demo)", COMMITTEE_PASSWORD,
                Role.COMMITTEE_MEMBER));
    }
}
