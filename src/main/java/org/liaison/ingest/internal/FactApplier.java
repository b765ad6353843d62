package org.liaison.ingest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.Viewer;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementParty;
import org.liaison.agreements.Agreements;
import org.liaison.directory.DirectoryCommands;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.PersonId;
import org.liaison.engagements.EngagementCommands;
import org.liaison.engagements.EngagementKind;
import org.liaison.fund.FundProposal;
import org.liaison.fund.Funds;
import org.liaison.ingest.extraction.Counterparts;
import org.liaison.ingest.extraction.Extraction;
import org.liaison.ingest.extraction.Lexicons;
import org.liaison.ingest.extraction.Span;
import org.liaison.relationships.RelationshipCommands;
import org.liaison.relationships.Relationships;
import org.liaison.relationships.Stage;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Applies an accepted fact to the modules that own such records, through their public commands:
 * organizations and people to the directory, events to engagements, intents and agreements to
 * relationships (and a signing meeting for a signed agreement), agreements to a draft in the
 * agreements module, funds to a proposal in the fund module. Every record touched gets a
 * provenance row. Names are resolved to records already accepted from the same document first,
 * then to the directory, so accepting a document twice, or two documents that name the same
 * organization, creates it once.
 */
@Component
class FactApplier {

    private final DirectoryCommands directoryCommands;
    private final DirectoryQueries directory;
    private final EngagementCommands engagements;
    private final RelationshipCommands relationshipCommands;
    private final Relationships relationships;
    private final Agreements agreements;
    private final Funds funds;
    private final Facts facts;
    private final Provenances provenances;
    private final JsonMapper json;

    FactApplier(DirectoryCommands directoryCommands, DirectoryQueries directory, EngagementCommands engagements,
            RelationshipCommands relationshipCommands, Relationships relationships, Agreements agreements, Funds funds,
            Facts facts, Provenances provenances, JsonMapper json) {
        this.agreements = agreements;
        this.funds = funds;
        this.directoryCommands = directoryCommands;
        this.directory = directory;
        this.engagements = engagements;
        this.relationshipCommands = relationshipCommands;
        this.relationships = relationships;
        this.facts = facts;
        this.provenances = provenances;
        this.json = json;
    }

    /** Applies the fact and returns what it created or updated, for the review page. */
    String apply(ProposedFact fact, IngestDocument doc, Viewer by, Instant now) {
        var context = new Context(fact, doc, by, now);
        return switch (fact.getCategory()) {
            case ORGANIZATION -> organization(context, read(fact, Extraction.Organization.class));
            case PERSON -> person(context, read(fact, Extraction.Person.class));
            case EVENT -> event(context, read(fact, Extraction.Event.class));
            case AGREEMENT -> agreement(context, read(fact, Extraction.Agreement.class));
            case FUND -> fund(context, read(fact, Extraction.Fund.class));
            case INTENT -> intent(context, read(fact, Extraction.Intent.class));
        };
    }

    private record Context(ProposedFact fact, IngestDocument doc, Viewer by, Instant now) {
        String sentence() {
            var text = doc.getText();
            return fact.getSentenceEnd() <= text.length()
                    ? text.substring(fact.getSentenceStart(), fact.getSentenceEnd()) : "";
        }

        String source() {
            return " Source: " + doc.getTitle() + (doc.getSourceUrl() == null ? "" : " (" + doc.getSourceUrl() + ")") + ".";
        }
    }

    private String organization(Context c, Extraction.Organization o) {
        var names = new ArrayList<String>();
        names.add(o.name());
        names.addAll(o.aliases());
        names.add(o.surface());
        OrganizationId id = c.fact().getLink() != null ? new OrganizationId(c.fact().getLink()) : null;
        if (id == null) {
            id = names.stream().map(directory::organizationNamed).flatMap(Optional::stream).findFirst().orElse(null);
        }
        String result;
        var aliases = names.stream().filter(n -> !n.equalsIgnoreCase(o.name())).distinct().toList();
        if (id == null) {
            var kind = OrganizationKind.parse(o.kind()).orElse(OrganizationKind.OTHER);
            id = directoryCommands.registerOrganization(new DirectoryCommands.NewOrganization(o.name(), aliases, kind,
                    o.country(), clip(c.sentence() + c.source(), 4000)));
            result = "Organization registered: " + o.name();
        } else {
            var all = new ArrayList<>(names);
            int added = directoryCommands.addAliases(id, all);
            result = "Organization linked: " + directory.names(List.of(id)).getOrDefault(id, o.name())
                    + (added > 0 ? " (" + added + " names added)" : "");
        }
        provenance(c, "organization", id.value());
        return result + " [" + id + "]";
    }

    private String person(Context c, Extraction.Person p) {
        PersonId id = c.fact().getLink() != null ? new PersonId(c.fact().getLink())
                : directory.personNamed(p.name()).orElse(null);
        String result;
        if (id == null) {
            var description = p.role() == null ? null
                    : p.role() + (p.organization() == null ? "" : " of " + p.organization()) + "." + c.source();
            id = directoryCommands.registerPerson(p.name(), description == null ? null : clip(description, 4000));
            result = "Person registered: " + p.name();
        } else {
            result = "Person linked: " + p.name();
        }
        provenance(c, "person", id.value());
        var org = p.organization() == null ? null : organizationNamed(c, p.organization());
        if (org != null) {
            directoryCommands.affiliate(id, org, p.role());
            provenance(c, "affiliation", org.value());
            result += ", " + (p.role() == null ? "affiliated with " : p.role() + " of ") + p.organization();
        }
        return result + " [" + id.value() + "]";
    }

    private String event(Context c, Extraction.Event e) {
        var kind = switch (e.kind()) {
            case "forum" -> EngagementKind.FORUM;
            case "conference" -> EngagementKind.CONFERENCE;
            case "visit" -> EngagementKind.VISIT;
            case "delegation" -> EngagementKind.DELEGATION;
            default -> EngagementKind.MEETING;
        };
        var title = eventTitle(e);
        var participants = new LinkedHashMap<String, EngagementCommands.Participant>();
        var hub = directory.homeHub().map(h -> h.id()).orElse(null);
        for (var name : e.participants()) {
            var person = directory.personNamed(name);
            if (person.isPresent()) {
                var affiliation = personOrganization(c, name);
                boolean hubSide = affiliation != null && affiliation.equals(hub);
                participants.put("p:" + person.get().value(),
                        new EngagementCommands.Participant(null, person.get(), hubSide, null));
                if (affiliation != null) {
                    participants.putIfAbsent("o:" + affiliation.value(),
                            new EngagementCommands.Participant(affiliation, null, hubSide, null));
                }
            }
        }
        for (var org : organizationsInSentence(c)) {
            participants.putIfAbsent("o:" + org.value(),
                    new EngagementCommands.Participant(org, null, org.equals(hub), null));
        }
        var existing = engagements.titled(title);
        if (existing.isPresent()) {
            provenance(c, "engagement", existing.get().value());
            return "Engagement already recorded: " + title + " [" + existing.get().value() + "]";
        }
        var date = date(e.date(), c.doc().getPublishedOn());
        var notes = e.date() == null || e.date().length() < 10
                ? "Date approximate: the text says “" + (e.dateText() == null ? "nothing" : e.dateText()) + "”"
                        + (c.doc().getPublishedOn() == null ? "" : " (published " + c.doc().getPublishedOn() + ")") + "."
                : null;
        var country = e.place() == null ? null : Lexicons.standard().countryOfPlace(e.place());
        var id = engagements.log(new EngagementCommands.NewEngagement(kind, title, date, e.place(), country,
                clip(c.sentence() + c.source(), 4000), notes, List.copyOf(participants.values())));
        provenance(c, "engagement", id.value());
        for (var p : participants.values()) {
            if (p.organization() != null) {
                provenance(c, "engagement-participant", p.organization().value());
            }
        }
        return "Engagement logged: " + title + " [" + id.value() + "]";
    }

    static String eventTitle(Extraction.Event e) {
        if (e.name() != null) {
            return e.name();
        }
        var who = e.participants().isEmpty() ? null : e.participants().getFirst();
        var where = e.place() == null ? "" : " to " + e.place();
        return switch (e.kind()) {
            case "visit" -> who == null ? "Visit" + where : who + "'s visit" + where;
            case "delegation" -> "Delegation" + where;
            case "signing" -> "Signing" + (e.place() == null ? "" : " in " + e.place());
            default -> capitalize(e.kind()) + (e.place() == null ? "" : " in " + e.place())
                    + (e.date() == null ? "" : ", " + e.date());
        };
    }

    private String agreement(Context c, Extraction.Agreement a) {
        var hub = directory.homeHub().map(h -> h.id()).orElse(null);
        var done = new ArrayList<String>();
        var parties = new ArrayList<OrganizationId>();
        for (var name : a.parties()) {
            var org = organizationNamed(c, name);
            if (org != null) {
                parties.add(org);
            }
        }
        for (var org : parties) {
            if (org.equals(hub)) {
                continue;
            }
            var name = directory.names(List.of(org)).getOrDefault(org, org.toString());
            if (a.status().equals("signed")) {
                relationships.agreementSigned(org, clip(label(a.kind()) + " signed: " + c.sentence(), 500));
                done.add("relationship with " + name + " at AGREEMENT");
            } else if (relationshipCommands.interestShown(org, Stage.NEGOTIATING, clip(c.sentence(), 500))) {
                done.add("relationship with " + name + " started (negotiating)");
            }
            provenance(c, "relationship", org.value());
            if (a.status().equals("signed")) {
                var title = label(a.kind()) + " with " + name;
                if (engagements.titled(title).isEmpty()) {
                    var participants = new ArrayList<EngagementCommands.Participant>();
                    for (var p : parties) {
                        participants.add(new EngagementCommands.Participant(p, null, p.equals(hub), null));
                    }
                    var notes = a.date() == null || a.date().length() < 10
                            ? "Date approximate: the text says “" + (a.dateText() == null ? "nothing" : a.dateText())
                                    + "”." : null;
                    var id = engagements.log(new EngagementCommands.NewEngagement(EngagementKind.MEETING, title,
                            date(a.date(), c.doc().getPublishedOn()), null, null, clip(c.sentence() + c.source(), 4000),
                            notes, participants));
                    provenance(c, "engagement", id.value());
                    done.add("signing logged: " + title);
                }
            }
        }
        var distinct = parties.stream().distinct().toList();
        if (distinct.size() >= 2) {
            var others = distinct.stream().filter(p -> !p.equals(hub)).toList();
            var title = label(a.kind()) + " with " + directory.names(others.isEmpty() ? distinct : others).values()
                    .stream().sorted().reduce((x, y) -> x + ", " + y).orElse("");
            var existing = agreements.ofOrganization(distinct.getFirst()).stream()
                    .filter(s -> s.title().equals(title)).findFirst();
            if (existing.isPresent()) {
                provenance(c, "agreement", existing.get().id().value());
                done.add("agreement already drafted: " + title);
            } else {
                var roles = distinct.stream().map(p -> new AgreementParty(p, p.equals(hub) ? "hub" : "partner", null)).toList();
                var id = agreements.draft(new AgreementDraft(agreementKind(a.kind()), clip(title, 200),
                        clip(c.sentence(), 1000), List.of("en"), roles, null,
                        a.date() != null && a.date().length() == 10 ? LocalDate.parse(a.date()) : null, null, null, false));
                provenance(c, "agreement", id.value());
                for (var p : distinct) {
                    provenance(c, "agreement-party", p.value());
                }
                done.add("agreement drafted: " + title + (a.status().equals("signed")
                        ? " (the text says it was signed: record the signing on the agreement)" : ""));
            }
        }
        return done.isEmpty() ? "Reviewed; no party of this agreement is in the directory yet" : String.join("; ", done);
    }

    static AgreementKind agreementKind(String kind) {
        return switch (kind) {
            case "MoU" -> AgreementKind.MEMORANDUM_OF_UNDERSTANDING;
            case "licence" -> AgreementKind.LICENCE;
            case "joint venture" -> AgreementKind.JOINT_VENTURE;
            case "investment" -> AgreementKind.INVESTMENT_AGREEMENT;
            default -> AgreementKind.COOPERATION_AGREEMENT;
        };
    }

    /**
     * A proposal in the fund module, which needs sponsors from two countries. A joint fund whose named
     * sponsors share one country gets the unnamed counterpart its passage implies ({@link Counterparts});
     * with still fewer than two countries the fact is kept as reviewed and the page says what is
     * missing (edit the sponsors and accept a new document). A fund the text says is under discussion
     * is moved to under consideration.
     */
    private String fund(Context c, Extraction.Fund f) {
        var sponsors = new ArrayList<FundProposal.ProposedSponsor>();
        var countries = new java.util.LinkedHashSet<String>();
        for (var name : f.sponsors()) {
            var org = organizationNamed(c, name);
            if (org == null) {
                continue;
            }
            var country = directory.summary(org).map(s -> s.country()).orElse(null);
            if (country != null) {
                sponsors.add(new FundProposal.ProposedSponsor(org, country, null));
                countries.add(country);
            }
        }
        var title = Character.isUpperCase(f.name().charAt(0)) ? f.name()
                : capitalize(f.name()) + (f.sponsors().isEmpty() ? "" : " of " + String.join(" and ", f.sponsors()));
        var existing = funds.fundNamed(title);
        if (existing.isPresent()) {
            provenance(c, "fund", existing.get().value());
            return "Fund already proposed: " + title;
        }
        if (countries.size() == 1) {
            // "a joint fund" in a passage on another country: that country's counterpart, not yet named
            var counterparts = Counterparts.standard();
            var country = counterparts.country(c.doc().getText(),
                    new Span(c.fact().getSentenceStart(), c.fact().getSentenceEnd()), countries);
            if (country != null) {
                sponsors.add(new FundProposal.ProposedSponsor(null, country, counterparts.label(country)));
                countries.add(country);
            }
        }
        if (countries.size() < 2) {
            return "Reviewed; not proposed to the fund module, which needs sponsors from two countries (found: "
                    + (countries.isEmpty() ? "none" : String.join(", ", countries)) + ")";
        }
        var id = funds.propose(new FundProposal(clip(title, 200), currency(f.amount()), null, sponsors, null,
                c.doc().getSourceUrl(), c.doc().getTitle(), clip((f.purpose() == null ? "" : "To " + f.purpose() + ". ")
                        + c.sentence() + c.source(), 4000), false));
        if (f.status().equals("under discussion")) {
            funds.consider(id, clip("The text says it is under discussion: " + c.sentence(), 500));
        }
        provenance(c, "fund", id.value());
        for (var s : sponsors) {
            if (s.organization() != null) {
                provenance(c, "fund-sponsor", s.organization().value());
            }
        }
        return "Fund proposed: " + title + " (sponsors: " + sponsors.stream()
                .map(s -> s.label() != null ? s.label() : directory.names(List.of(s.organization()))
                        .getOrDefault(s.organization(), s.country()))
                .reduce((x, y) -> x + ", " + y).orElse("") + ")";
    }

    static String currency(@Nullable String amount) {
        if (amount != null) {
            for (var code : List.of("EUR", "CAD", "NOK", "EGP", "RUB", "GBP", "CHF", "JPY", "CNY")) {
                if (amount.startsWith(code)) {
                    return code;
                }
            }
            if (amount.startsWith("€")) {
                return "EUR";
            }
            if (amount.startsWith("£")) {
                return "GBP";
            }
        }
        return "USD";
    }

    private String intent(Context c, Extraction.Intent i) {
        var stage = switch (i.kind()) {
            case "plans cooperation" -> Stage.ENGAGED;
            default -> Stage.PROSPECT;
        };
        var done = new ArrayList<String>();
        for (var target : i.targets()) {
            var org = organizationNamed(c, target);
            if (org == null) {
                continue;
            }
            var reason = clip(String.join(", ", i.actors()) + " " + i.kind() + ": " + c.sentence(), 500);
            if (relationshipCommands.interestShown(org, stage, reason)) {
                done.add("relationship with " + target + " started (" + stage.name().toLowerCase(Locale.ROOT) + ")");
            } else {
                done.add("relationship with " + target + " exists");
            }
            provenance(c, "relationship", org.value());
        }
        return done.isEmpty() ? "Reviewed; no target of this intent is in the directory yet" : String.join("; ", done);
    }

    /** An organization named in this document (accepted already) or in the directory. */
    private @Nullable OrganizationId organizationNamed(Context c, String name) {
        for (var f : facts.findByDocumentOrderByPosition(c.doc().getId())) {
            if (f.getCategory() != ProposedFact.Category.ORGANIZATION || f.getStatus() == ProposedFact.Status.REJECTED) {
                continue;
            }
            var o = read(f, Extraction.Organization.class);
            var forms = new ArrayList<String>(o.aliases());
            forms.add(o.name());
            forms.add(o.surface());
            if (forms.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                if (f.getLink() != null) {
                    return new OrganizationId(f.getLink());
                }
                for (var form : forms) {
                    var found = directory.organizationNamed(form);
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
        }
        return directory.organizationNamed(name).orElse(null);
    }

    private @Nullable OrganizationId personOrganization(Context c, String person) {
        for (var f : facts.findByDocumentOrderByPosition(c.doc().getId())) {
            if (f.getCategory() == ProposedFact.Category.PERSON) {
                var p = read(f, Extraction.Person.class);
                if (p.name().equalsIgnoreCase(person) && p.organization() != null) {
                    return organizationNamed(c, p.organization());
                }
            }
        }
        return null;
    }

    /** Organizations the document's organization facts mention inside this fact's sentence. */
    private List<OrganizationId> organizationsInSentence(Context c) {
        var out = new ArrayList<OrganizationId>();
        for (var f : facts.findByDocumentOrderByPosition(c.doc().getId())) {
            if (f.getCategory() != ProposedFact.Category.ORGANIZATION || f.getStatus() == ProposedFact.Status.REJECTED) {
                continue;
            }
            var o = read(f, Extraction.Organization.class);
            boolean inside = o.mentions().stream().anyMatch(m -> m.start() >= c.fact().getSentenceStart()
                    && m.end() <= c.fact().getSentenceEnd());
            if (inside) {
                var id = organizationNamed(c, o.name());
                if (id != null && !out.contains(id)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    private void provenance(Context c, String type, UUID record) {
        provenances.save(new Provenance(type, record, c.fact(), c.by().userId(), IngestService.name(c.by()), c.now()));
    }

    private <T> T read(ProposedFact fact, Class<T> type) {
        return json.readValue(fact.getPayload(), type);
    }

    static LocalDate date(@Nullable String value, @Nullable LocalDate published) {
        if (value == null || value.isBlank()) {
            return published == null ? LocalDate.now() : published;
        }
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case 7 -> LocalDate.parse(value + "-01");
            default -> LocalDate.parse(value);
        };
    }

    static String label(String agreementKind) {
        return switch (agreementKind) {
            case "MoU" -> "Memorandum of understanding";
            case "cooperation agreement" -> "Cooperation agreement";
            case "licence" -> "Licence agreement";
            case "joint venture" -> "Joint venture agreement";
            case "investment" -> "Investment agreement";
            default -> "Agreement";
        };
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
