package org.liaison.relationships.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.relationships.internal.strength.Seniority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements recorded on relationships: last contact and the interactions the strength is read
 * from (weighed by the kind of engagement and the seniority of the people met), and who took part
 * in each engagement, for introduction paths.
 */
@Service
@Transactional
class RelationshipInteractions {

    private final RelationshipRepository relationships;
    private final EngagementParties parties;
    private final DirectoryQueries directory;
    private final org.liaison.engagements.EngagementQueries engagementQueries;
    private final Clock clock;

    RelationshipInteractions(RelationshipRepository relationships, EngagementParties parties, DirectoryQueries directory,
            org.liaison.engagements.EngagementQueries engagementQueries, Clock clock) {
        this.relationships = relationships;
        this.parties = parties;
        this.directory = directory;
        this.engagementQueries = engagementQueries;
        this.clock = clock;
    }

    /**
     * Records an engagement with organizations on their relationships (last contact, strength).
     * Organizations without a relationship are left alone; those that no longer take part forget
     * it. Idempotent: the same engagement logged again with the same values changes nothing.
     * Returns how many relationships changed.
     */
    public int recordInteraction(UUID engagement, List<OrganizationId> organizations, LocalDate date, String kind) {
        int changed = 0;
        Instant now = clock.instant();
        var taking = new HashSet<UUID>();
        for (var organization : organizations) {
            taking.add(directory.current(organization).value());
        }
        rememberParties(engagement, taking, date, kind);
        for (var previous : relationships.findByInteractionSource(engagement)) {
            if (!taking.contains(previous.getOrganization().value()) && previous.forgetInteraction(engagement, now)) {
                relationships.save(previous);
                changed++;
            }
        }
        var met = taking.isEmpty() ? List.<org.liaison.directory.PersonId>of()
                : engagementQueries.peopleMet(new org.liaison.engagements.EngagementId(engagement));
        var affiliations = met.isEmpty() ? List.<org.liaison.directory.DirectoryLinks.AffiliationLink>of()
                : directory.links().affiliations();
        for (var organization : taking) {
            var relationship = relationships.findByOrganization(organization);
            double weight = weightOf(kind) * seniorityMet(met, affiliations, organization, date);
            if (relationship.isPresent()
                    && relationship.get().recordInteraction(engagement, date, kind, weight, now)) {
                relationships.save(relationship.get());
                changed++;
            }
        }
        return changed;
    }

    /** Keeps who took part in an engagement, for introduction paths: exactly {@code organizations}. */
    private void rememberParties(UUID engagement, java.util.Set<UUID> organizations, LocalDate date, String kind) {
        var known = new HashSet<UUID>();
        for (var party : parties.findByEngagement(engagement)) {
            if (!organizations.contains(party.organization())) {
                parties.delete(party);
            } else {
                known.add(party.organization());
                if (!party.date().equals(date) || !party.kind().equals(kind)) {
                    party.change(date, kind);
                    parties.save(party);
                }
            }
        }
        for (var organization : organizations) {
            if (!known.contains(organization)) {
                parties.save(new EngagementParty(engagement, organization, date, kind));
            }
        }
    }

    /**
     * The seniority of the most senior person met at an engagement who is affiliated with the
     * organization on that day, from the titles and roles the directory records on affiliations
     * ({@link Seniority}); working level when none of the people met is.
     */
    static double seniorityMet(List<org.liaison.directory.PersonId> met,
            List<org.liaison.directory.DirectoryLinks.AffiliationLink> affiliations, UUID organization, LocalDate date) {
        var people = new HashSet<>(met);
        var roles = new ArrayList<@Nullable String>();
        for (var a : affiliations) {
            if (people.contains(a.person()) && a.organization().value().equals(organization)
                    && (a.validFrom() == null || !a.validFrom().isAfter(date))
                    && (a.validTo() == null || !a.validTo().isBefore(date))) {
                roles.add(a.role());
            }
        }
        return Seniority.ofMost(roles);
    }

    /** The kind of an engagement weighs its interaction; the seniority of the people met multiplies it. */
    static double weightOf(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "visit", "delegation" -> 1.5;
            case "call" -> 0.5;
            default -> 1.0;
        };
    }
}
