package org.liaison.directory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules read of the directory: the home hub and organizations by id. Pages of other
 * modules that show organizations read them through here, never from the directory's tables.
 * Everything but {@link #homeHub()} and {@link #current(OrganizationId)} is limited to what the
 * current viewer may see: an organization the viewer may not see is simply absent.
 */
public interface DirectoryQueries {

    /**
     * The organization that operates this instance ({@code liaison.home-hub.name}), once it is in
     * the directory. Whose hub this is is no secret, so this is not limited by the viewer.
     */
    Optional<OrganizationSummary> homeHub();

    /** An organization the viewer may see. */
    Optional<OrganizationSummary> summary(OrganizationId id);

    /** The organizations among {@code ids} that the viewer may see; others are absent from the map. */
    Map<OrganizationId, OrganizationSummary> summaries(Collection<OrganizationId> ids);

    /** The primary names of the organizations among {@code ids} that the viewer may see. */
    Map<OrganizationId, String> names(Collection<OrganizationId> ids);

    /**
     * The organization an id stands for now: the survivor when it was merged (following chains of
     * merges), otherwise the id itself. For listeners of {@link OrganizationsMerged} and for ids
     * kept by other modules; unknown ids are returned as they are.
     */
    OrganizationId current(OrganizationId id);

    /**
     * The organization the viewer may see with exactly this name (in any script, ignoring case),
     * not merged; the first one when several carry it. For demo data and imports of other modules.
     */
    Optional<OrganizationId> organizationNamed(String name);

    /**
     * The relations and affiliations whose organizations (and person) the viewer may see, for
     * graphs of who is linked to whom. Links of merged organizations point to the survivors.
     */
    DirectoryLinks links();

    /** The person the viewer may see with exactly this name (in any script, ignoring case). */
    Optional<PersonId> personNamed(String name);

    /**
     * The people the viewer may see with a name (in any script) containing {@code text}, ignoring
     * case, by primary name in name order, {@code limit} at most (1 to 100): for pickers of other
     * modules' forms. A blank text finds nobody.
     */
    Map<PersonId, String> peopleNamed(String text, int limit);

    /** The primary names of the people among {@code ids} that the viewer may see; others are absent. */
    Map<PersonId, String> personNames(Collection<PersonId> ids);
}
