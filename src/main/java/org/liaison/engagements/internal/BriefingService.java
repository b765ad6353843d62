package org.liaison.engagements.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.liaison.access.CurrentViewer;
import org.liaison.access.UserAccount;
import org.liaison.access.UserAccounts;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationSummary;
import org.liaison.engagements.BriefingBlock;
import org.liaison.engagements.BriefingSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an engagement's briefing pack: for each partner organization taking part in it or in its
 * meetings, its profile, the people met and their roles, the engagement history and the open
 * follow-ups (engagements' own blocks), then the blocks of every {@link BriefingSection} bean of
 * other modules (relationship stage, agreements...). Everything is read as the current viewer: a
 * partner's pack holds only what that partner may see.
 */
@Service
@Transactional(readOnly = true)
public class BriefingService {

    static final int HISTORY = 10;
    static final int KNOWN_PEOPLE = 10;

    private final EngagementService engagements;
    private final Engagements repository;
    private final FollowUps followUps;
    private final DirectoryQueries directory;
    private final UserAccounts accounts;
    private final CurrentViewer viewer;
    private final ObjectProvider<BriefingSection> sections;
    private final MessageSource messages;
    private final Clock clock;

    BriefingService(EngagementService engagements, Engagements repository, FollowUps followUps,
            DirectoryQueries directory, UserAccounts accounts, CurrentViewer viewer,
            ObjectProvider<BriefingSection> sections, MessageSource messages, Clock clock) {
        this.engagements = engagements;
        this.repository = repository;
        this.followUps = followUps;
        this.directory = directory;
        this.accounts = accounts;
        this.viewer = viewer;
        this.sections = sections;
        this.messages = messages;
        this.clock = clock;
    }

    public BriefingPack pack(UUID id, Locale locale) {
        var engagement = engagements.engagement(id);
        var meetings = engagements.meetings(id);
        var me = viewer.get();

        var organizations = new LinkedHashSet<UUID>();
        var peopleRoles = new LinkedHashMap<UUID, String>();
        for (var e : concat(engagement, meetings)) {
            for (var p : e.participants()) {
                if (p.side() == Side.PARTNER && p.organization() != null && p.name() != null) {
                    organizations.add(p.organization());
                }
                if (p.person() != null && p.name() != null) {
                    peopleRoles.putIfAbsent(p.person(), p.role() == null ? "" : p.role());
                }
            }
        }
        var hub = directory.homeHub().map(h -> h.id().value()).orElse(null);
        organizations.remove(hub);
        var summaries = directory.summaries(organizations.stream().map(OrganizationId::new).toList());
        var links = organizations.isEmpty() ? null : directory.links();

        var parts = new ArrayList<BriefingPack.OrganizationPart>();
        for (UUID organization : organizations) {
            var summary = summaries.get(new OrganizationId(organization));
            if (summary == null) {
                continue;
            }
            var blocks = new ArrayList<Ordered>();
            blocks.add(new Ordered(100, profile(summary, locale)));
            var affiliations = links == null ? List.<org.liaison.directory.DirectoryLinks.AffiliationLink>of()
                    : links.affiliations().stream().filter(a -> a.organization().value().equals(organization)).toList();
            blocks.add(new Ordered(200, people(affiliations, peopleRoles, locale)));
            blocks.add(new Ordered(300, history(organization, locale)));
            if (me.isStaff()) {
                blocks.add(new Ordered(500, openFollowUps(organization, locale)));
            }
            sections.orderedStream().forEach(section -> section.describe(new OrganizationId(organization), me, locale)
                    .ifPresent(block -> blocks.add(new Ordered(section.order(), block))));
            blocks.sort(Comparator.comparingInt(Ordered::order));
            parts.add(new BriefingPack.OrganizationPart(organization, summary.nameIn(locale), langOf(summary, locale),
                    summary.names().stream().filter(n -> !n.alias()).map(OrganizationSummary.Name::text)
                            .filter(n -> !n.equals(summary.nameIn(locale))).distinct().toList(),
                    blocks.stream().map(Ordered::block).toList()));
        }

        var meetingLines = meetings.stream().map(m -> new BriefingPack.Meeting(m.id(), EngagementTexts.when(m, locale),
                m.title(), m.participants().stream().filter(p -> p.organization() != null && p.name() != null
                        && !Objects.equals(p.organization(), hub))
                        .map(p -> {
                            var s = summaries.get(new OrganizationId(Objects.requireNonNull(p.organization())));
                            return s == null ? Objects.requireNonNull(p.name()) : s.nameIn(locale);
                        }).toList())).toList();
        String generated = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(ZonedDateTime.now(clock));
        return new BriefingPack(engagement.id(), engagement.title(), message("engagement.kind." + engagement.kind().name(), locale),
                EngagementTexts.when(engagement, locale), EngagementTexts.place(engagement, locale),
                engagement.description(), engagement.outcomes(), meetingLines, parts, generated);
    }

    private record Ordered(int order, BriefingBlock block) {}

    private static List<EngagementView> concat(EngagementView engagement, List<EngagementView> meetings) {
        var all = new ArrayList<EngagementView>();
        all.add(engagement);
        all.addAll(meetings);
        return all;
    }

    private static String langOf(OrganizationSummary summary, Locale locale) {
        String name = summary.nameIn(locale);
        return summary.names().stream().filter(n -> n.text().equals(name) && n.lang() != null)
                .map(n -> Objects.requireNonNull(n.lang())).findFirst().orElse(summary.lang() == null ? "" : summary.lang());
    }

    private BriefingBlock profile(OrganizationSummary s, Locale locale) {
        var rows = new ArrayList<BriefingBlock.Row>();
        rows.add(new BriefingBlock.Row(message("engagements.briefing.profile.kind", locale),
                message("directory.kind." + s.kind().name(), locale)));
        if (s.country() != null) {
            rows.add(new BriefingBlock.Row(message("engagements.briefing.profile.country", locale),
                    EngagementTexts.country(s.country(), locale)));
        }
        if (s.city() != null) {
            rows.add(new BriefingBlock.Row(message("engagements.briefing.profile.city", locale), Objects.requireNonNull(s.city())));
        }
        var names = s.names().stream().filter(n -> !n.alias()).map(OrganizationSummary.Name::text).distinct().toList();
        rows.add(new BriefingBlock.Row(message("engagements.briefing.profile.names", locale), String.join(" · ", names)));
        var aliases = s.names().stream().filter(OrganizationSummary.Name::alias).map(OrganizationSummary.Name::text).toList();
        if (!aliases.isEmpty()) {
            rows.add(new BriefingBlock.Row(message("engagements.briefing.profile.aliases", locale), String.join(" · ", aliases)));
        }
        return BriefingBlock.of(message("engagements.briefing.profile", locale), rows, null);
    }

    /** The people of the organization who took part (with the role they had there), then others known there. */
    private BriefingBlock people(List<org.liaison.directory.DirectoryLinks.AffiliationLink> affiliations,
            Map<UUID, String> metWithRoles, Locale locale) {
        var rows = new ArrayList<BriefingBlock.Row>();
        var shown = new LinkedHashSet<UUID>();
        LocalDate today = LocalDate.now(clock);
        for (var a : affiliations) {
            if (metWithRoles.containsKey(a.person().value()) && shown.add(a.person().value())) {
                String role = metWithRoles.get(a.person().value());
                rows.add(new BriefingBlock.Row(a.personName(), join(role.isBlank() ? a.role() : role,
                        message("engagements.briefing.people.met", locale))));
            }
        }
        int known = 0;
        for (var a : affiliations) {
            boolean current = a.validTo() == null || !a.validTo().isBefore(today);
            if (current && known < KNOWN_PEOPLE && shown.add(a.person().value())) {
                rows.add(new BriefingBlock.Row(a.personName(), a.role() == null ? "" : a.role()));
                known++;
            }
        }
        return BriefingBlock.of(message("engagements.briefing.people", locale), rows,
                message("engagements.briefing.people.none", locale));
    }

    private BriefingBlock history(UUID organization, Locale locale) {
        var found = engagements.list(new EngagementFilter(null, organization, null, null), 0, HISTORY);
        var rows = found.getContent().stream().map(e -> new BriefingBlock.Row(
                EngagementTexts.date(e.start().toLocalDate(), locale),
                message("engagement.kind." + e.kind().name(), locale) + " — " + e.title())).toList();
        var paragraphs = found.getTotalElements() > HISTORY
                ? List.of(message("engagements.briefing.history.more", new Object[] {found.getTotalElements()}, locale))
                : List.<String>of();
        return new BriefingBlock(message("engagements.briefing.history", locale), rows, paragraphs,
                message("engagements.briefing.history.none", locale));
    }

    private BriefingBlock openFollowUps(UUID organization, Locale locale) {
        var scope = viewer.get().readScope();
        var visible = new LinkedHashMap<UUID, String>();
        repository.findWithOrganization(organization).stream().filter(e -> scope.permits(e.getAccess()))
                .forEach(e -> visible.put(e.getId(), e.getTitle()));
        var open = visible.isEmpty() ? List.<FollowUp>of()
                : followUps.findByEngagementInAndDoneFalseOrderByDueDateAscTitleAsc(visible.keySet());
        var owners = new LinkedHashMap<UUID, String>();
        var rows = open.stream().map(f -> new BriefingBlock.Row(
                f.getDueDate() == null ? "" : EngagementTexts.date(f.getDueDate(), locale),
                join(f.getTitle(), owners.computeIfAbsent(f.getOwner(),
                        o -> accounts.find(o).map(UserAccount::displayName).orElse("")))
                        + " (" + visible.get(f.getEngagement()) + ")")).toList();
        return BriefingBlock.of(message("engagements.briefing.follow-ups", locale), rows,
                message("engagements.briefing.follow-ups.none", locale));
    }

    private static String join(@org.jspecify.annotations.Nullable String a, @org.jspecify.annotations.Nullable String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + " — " + b;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

}
