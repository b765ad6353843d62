package org.liaison.operations.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryImports.KnownOrganization;
import org.liaison.directory.DirectoryImports.KnownPerson;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.PersonId;

/**
 * Decides what each row of an import does, the same way for the dry run and the real run: a new
 * organization, an update of a matching one (its empty fields filled, its missing names added as
 * aliases; a field set to something else is kept and reported as a conflict, never overwritten),
 * unchanged, or a duplicate of an earlier row of the same file.
 *
 * <p>A row matches an organization with the same website host, or with the same name or alias
 * (normalized: {@link Names#normalize}) when neither country is missing and they differ. Plain
 * Java: the directory's records come in as {@link KnownOrganization}s, the runner tells which
 * organizations this job created (so a resumed job classifies its rows as an uninterrupted one).
 */
public final class ImportPlanner {

    public enum Outcome {
        NEW, UPDATED, UNCHANGED, DUPLICATE
    }

    /** A field whose value in the file differs from the one kept. */
    public record Conflict(String field, String kept, String offered) {}

    /**
     * What a row does.
     *
     * @param target the organization's entry; its id is null until created (always null in a dry run)
     * @param duplicateOf the row that introduced the organization, for {@link Outcome#DUPLICATE}
     * @param fill the fields to fill ("city", "website", "aliases"...), empty for new and unchanged rows
     */
    public record Plan(ImportRow row, Outcome outcome, Entry target, int duplicateOf, List<String> fill,
            List<String> newAliases, List<Conflict> conflicts, @Nullable PersonEntry person, boolean newPerson) {

        /** The row's key in the ledger: its organization's normalized name, country and website host. */
        public String key() {
            return ImportPlanner.key(row);
        }
    }

    /** An organization as the planner knows it, updated as rows fill its fields. */
    public static final class Entry {
        @Nullable OrganizationId id;
        int createdRow;
        final List<String> names = new ArrayList<>();
        @Nullable OrganizationKind kind;
        @Nullable String country;
        @Nullable String city;
        @Nullable String website;
        @Nullable String description;

        public @Nullable OrganizationId id() {
            return id;
        }

        public void created(OrganizationId id) {
            this.id = id;
        }

        public String name() {
            return names.getFirst();
        }
    }

    public static final class PersonEntry {
        @Nullable PersonId id;
        final String name;

        PersonEntry(@Nullable PersonId id, String name) {
            this.id = id;
            this.name = name;
        }

        public @Nullable PersonId id() {
            return id;
        }

        public void created(PersonId id) {
            this.id = id;
        }

        public String name() {
            return name;
        }
    }

    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<String, Entry> byDomain = new HashMap<>();
    private final Map<String, PersonEntry> people = new HashMap<>();

    /**
     * @param createdByThisJob organizations this job created before it was interrupted, with their rows
     */
    public ImportPlanner(List<KnownOrganization> organizations, List<KnownPerson> knownPeople,
            Map<OrganizationId, Integer> createdByThisJob) {
        for (var o : organizations) {
            var e = new Entry();
            e.id = o.id();
            e.createdRow = createdByThisJob.getOrDefault(o.id(), 0);
            e.names.addAll(o.names());
            e.kind = o.kind();
            e.country = o.country();
            e.city = o.city();
            e.website = o.website();
            e.description = o.description();
            index(e);
        }
        for (var p : knownPeople) {
            for (var n : p.names()) {
                people.putIfAbsent(Names.normalize(n), new PersonEntry(p.id(), p.names().getFirst()));
            }
        }
    }

    public Plan plan(ImportRow row) {
        Entry match = find(row);
        PersonEntry person = null;
        boolean newPerson = false;
        if (row.person() != null) {
            String key = Names.normalize(row.person());
            person = people.get(key);
            if (person == null) {
                person = new PersonEntry(null, row.person());
                people.put(key, person);
                newPerson = true;
            }
        }
        if (match == null) {
            var e = new Entry();
            e.createdRow = row.row();
            e.names.add(row.organization());
            row.aliases().stream().filter(a -> !Names.normalize(a).equals(Names.normalize(row.organization())))
                    .forEach(e.names::add);
            e.kind = row.kind();
            e.country = row.country();
            e.city = row.city();
            e.website = row.website();
            e.description = row.description();
            index(e);
            return new Plan(row, Outcome.NEW, e, 0, List.of(), List.of(), List.of(), person, newPerson);
        }
        var fill = new ArrayList<String>();
        var conflicts = new ArrayList<Conflict>();
        if ((match.kind == null || match.kind == OrganizationKind.OTHER) && row.kind() != null
                && row.kind() != OrganizationKind.OTHER) {
            match.kind = row.kind();
            fill.add("kind");
        } else if (row.kind() != null && match.kind != row.kind()) {
            conflicts.add(new Conflict("kind", String.valueOf(match.kind).toLowerCase(java.util.Locale.ROOT),
                    row.kind().name().toLowerCase(java.util.Locale.ROOT)));
        }
        match.country = merge("country", match.country, row.country(), fill, conflicts);
        match.city = merge("city", match.city, row.city(), fill, conflicts);
        if (row.website() != null && match.website != null
                && !Objects.equals(Names.domain(match.website), Names.domain(row.website()))) {
            conflicts.add(new Conflict("website", match.website, row.website()));
        } else if (match.website == null && row.website() != null) {
            match.website = row.website();
            fill.add("website");
        }
        match.description = merge("description", match.description, row.description(), fill, conflicts);
        var newAliases = new ArrayList<String>();
        var all = new ArrayList<String>();
        all.add(row.organization());
        all.addAll(row.aliases());
        for (var n : all) {
            String norm = Names.normalize(n);
            if (match.names.stream().noneMatch(x -> Names.normalize(x).equals(norm))
                    && newAliases.stream().noneMatch(x -> Names.normalize(x).equals(norm))) {
                newAliases.add(n);
            }
        }
        if (!newAliases.isEmpty()) {
            fill.add("aliases");
            match.names.addAll(newAliases);
            newAliases.forEach(a -> byName.computeIfAbsent(Names.normalize(a), k -> new ArrayList<>()).add(match));
        }
        Outcome outcome = match.createdRow > 0 ? Outcome.DUPLICATE
                : fill.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED;
        return new Plan(row, outcome, match, match.createdRow, List.copyOf(fill), List.copyOf(newAliases),
                List.copyOf(conflicts), person, newPerson);
    }

    private static @Nullable String merge(String field, @Nullable String current, @Nullable String offered,
            List<String> fill, List<Conflict> conflicts) {
        if (offered == null) {
            return current;
        }
        if (current == null || current.isBlank()) {
            fill.add(field);
            return offered;
        }
        if (!current.strip().equalsIgnoreCase(offered.strip())) {
            conflicts.add(new Conflict(field, current, offered));
        }
        return current;
    }

    private @Nullable Entry find(ImportRow row) {
        if (row.website() != null) {
            String domain = Names.domain(row.website());
            if (domain != null && byDomain.containsKey(domain)) {
                return byDomain.get(domain);
            }
        }
        var names = new ArrayList<String>();
        names.add(row.organization());
        names.addAll(row.aliases());
        Entry fallback = null;
        for (var n : names) {
            for (var e : byName.getOrDefault(Names.normalize(n), List.of())) {
                if (row.country() != null && row.country().equals(e.country)) {
                    return e;
                }
                if (fallback == null && (row.country() == null || e.country == null)) {
                    fallback = e;
                }
            }
        }
        return fallback;
    }

    private void index(Entry e) {
        for (var n : e.names) {
            String norm = Names.normalize(n);
            if (!norm.isEmpty()) {
                byName.computeIfAbsent(norm, k -> new ArrayList<>()).add(e);
            }
        }
        if (e.website != null) {
            String domain = Names.domain(e.website);
            if (domain != null) {
                byDomain.putIfAbsent(domain, e);
            }
        }
    }

    static String key(ImportRow row) {
        String domain = row.website() == null ? null : Names.domain(row.website());
        return Names.normalize(row.organization()) + "|" + Objects.requireNonNullElse(row.country(), "") + "|"
                + Objects.requireNonNullElse(domain, "");
    }
}
