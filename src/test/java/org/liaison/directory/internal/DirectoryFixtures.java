package org.liaison.directory.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.directory.OrganizationKind;

/** Valid directory records and viewers in one line each. */
final class DirectoryFixtures {

    private DirectoryFixtures() {}

    static final Viewer MANAGER = new Viewer(UUID.randomUUID(), "fixture-manager", Set.of(Role.COOPERATION_MANAGER),
            null, Set.of());

    static final Viewer COMMITTEE_MEMBER = new Viewer(UUID.randomUUID(), "fixture-committee",
            Set.of(Role.COMMITTEE_MEMBER), null, Set.of("committee"));

    static Viewer partnerOf(UUID organization) {
        return new Viewer(UUID.randomUUID(), "fixture-partner", Set.of(Role.PARTNER), organization, Set.of());
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static OrganizationDraft organization(String englishName) {
        return organization(OrganizationKind.CORPORATION, "JP", List.of(new NameInput(englishName, "en", true)), List.of());
    }

    static OrganizationDraft organization(OrganizationKind kind, String country, List<NameInput> names,
            List<NameInput> aliases) {
        return new OrganizationDraft(kind, names, aliases, country, null, null, null, Set.of());
    }

    static OrganizationDraft withWebsite(OrganizationDraft draft, String website) {
        return new OrganizationDraft(draft.kind(), draft.names(), draft.aliases(), draft.country(), draft.city(),
                website, draft.description(), draft.technologyAreas());
    }

    static PersonDraft person(String englishName) {
        return new PersonDraft(List.of(new NameInput(englishName, "en", true)), null);
    }
}
