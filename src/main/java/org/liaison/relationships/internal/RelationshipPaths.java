package org.liaison.relationships.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationSummary;
import org.liaison.relationships.internal.paths.Chain;
import org.liaison.relationships.internal.paths.IntroductionPaths;
import org.liaison.relationships.internal.paths.Link;
import org.liaison.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Introduction paths from the home hub to an organization, for staff. */
@Service
@Transactional(readOnly = true)
public class RelationshipPaths {

    static final int PATHS = 3;

    private final EngagementParties parties;
    private final DirectoryQueries directory;
    private final RelationshipAccess access;
    private final Clock clock;
    private final MessageSource messages;

    RelationshipPaths(EngagementParties parties, DirectoryQueries directory, RelationshipAccess access, Clock clock,
            MessageSource messages) {
        this.parties = parties;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * The shortest introduction paths from the home hub to an organization the caller may see, over
     * the directory's current relations and affiliations (those it lets the caller see) and the
     * engagements organizations took part in together (a link between every two of them).
     */
    public List<PathView> paths(OrganizationId target, Locale locale) {
        access.requireStaff();
        var to = directory.summary(target).orElseThrow(() -> new NotFoundException("organization", target));
        var hub = directory.homeHub().orElseThrow(() -> new NotFoundException("organization", "home hub"));
        LocalDate today = LocalDate.now(clock);
        var directoryLinks = directory.links();
        var links = new ArrayList<Link>();
        var personNames = new LinkedHashMap<String, String>();
        var since = new LinkedHashMap<String, @Nullable LocalDate>();
        for (var r : directoryLinks.relations()) {
            if (r.validTo() == null || !r.validTo().isBefore(today)) {
                links.add(new Link(r.id().toString(), "o:" + r.from(), "o:" + r.to(), "relation", r.type().name()));
                since.put(r.id().toString(), r.validFrom());
            }
        }
        for (var a : directoryLinks.affiliations()) {
            if (a.validTo() == null || !a.validTo().isBefore(today)) {
                links.add(new Link(a.id().toString(), "p:" + a.person(), "o:" + a.organization(), "affiliation",
                        a.role() == null ? "AFFILIATED_WITH" : a.role()));
                personNames.put("p:" + a.person(), a.personName());
                since.put(a.id().toString(), a.validFrom());
            }
        }
        var allParties = parties.findAll();
        var visibleParties = directory.summaries(allParties.stream().map(p -> new OrganizationId(p.organization()))
                .distinct().toList()).keySet();
        var byEngagement = new LinkedHashMap<UUID, List<EngagementParty>>();
        allParties.stream()
                .filter(p -> visibleParties.contains(new OrganizationId(p.organization())))
                .forEach(p -> byEngagement.computeIfAbsent(p.engagement(), e -> new ArrayList<>()).add(p));
        byEngagement.forEach((engagement, present) -> {
            for (int i = 0; i < present.size(); i++) {
                for (int j = i + 1; j < present.size(); j++) {
                    var a = present.get(i);
                    var b = present.get(j);
                    String id = engagement + ":" + a.organization() + ":" + b.organization();
                    links.add(new Link(id, "o:" + a.organization(), "o:" + b.organization(), "engagement", a.kind()));
                    since.put(id, a.date());
                }
            }
        });
        List<Chain> chains = IntroductionPaths.shortest(links, "o:" + hub.id(), "o:" + to.id(), PATHS);
        var organizationIds = chains.stream().flatMap(c -> c.steps().stream())
                .flatMap(s -> java.util.stream.Stream.of(s.from(), s.to()))
                .filter(k -> k.startsWith("o:"))
                .map(k -> OrganizationId.of(k.substring(2)))
                .distinct().toList();
        var summaries = directory.summaries(organizationIds);
        return chains.stream().map(chain -> new PathView(chain.steps().stream().map(step -> {
            var from = party(step.from(), summaries, personNames, locale);
            var toParty = party(step.to(), summaries, personNames, locale);
            // a shared engagement has no direction: it reads the way the chain walks
            boolean symmetric = step.link().kind().equals("engagement");
            var linkFrom = symmetric ? from : party(step.link().from(), summaries, personNames, locale);
            var linkTo = symmetric ? toParty : party(step.link().to(), summaries, personNames, locale);
            LocalDate start = since.get(step.link().id());
            return new PathView.StepView(from, toParty, step.link().kind(), step.link().label(),
                    linkFrom.name() + " " + label(step.link(), locale) + " " + linkTo.name(),
                    start == null ? null : start.toString());
        }).toList())).toList();
    }

    /**
     * A link's type in the reader's language: a relation's type and an engagement's kind from their
     * modules' bundles, an affiliation without a role as "works at"; a role is the directory's text.
     */
    private String label(Link link, Locale locale) {
        String key = switch (link.kind()) {
            case "relation" -> "directory.relation." + link.label();
            case "engagement" -> "engagement.kind." + link.label();
            default -> "AFFILIATED_WITH".equals(link.label()) ? "relationships.paths.affiliated" : null;
        };
        return key == null ? link.label() : messages.getMessage(key, null, link.label(), locale);
    }

    private PathView.Party party(String key, Map<OrganizationId, OrganizationSummary> summaries,
            Map<String, String> personNames, Locale locale) {
        if (key.startsWith("p:")) {
            return new PathView.Party("person", key.substring(2), personNames.getOrDefault(key, key.substring(2)));
        }
        var id = OrganizationId.of(key.substring(2));
        var summary = summaries.get(id);
        return new PathView.Party("organization", id.toString(), summary == null ? id.toString() : summary.nameIn(locale));
    }
}
