package org.liaison.engagements.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.engagements.internal.EngagementView;
import org.liaison.engagements.internal.ParticipantView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Organizations' names in the reader's language ("Skolkovo Foundation" in English, "Фонд
 * «Сколково»" in Russian), for the participants the pages show; one directory query per page.
 */
@Component
class ParticipantNames {

    private final DirectoryQueries directory;

    ParticipantNames(DirectoryQueries directory) {
        this.directory = directory;
    }

    /** The participants with their organizations' names in the reader's language. */
    List<ParticipantView> localized(List<ParticipantView> participants) {
        var names = names(participants);
        return participants.stream().map(p -> p.organization() == null || !names.containsKey(p.organization()) ? p
                : new ParticipantView(p.organization(), p.person(), names.get(p.organization()), p.side(), p.role()))
                .toList();
    }

    /** The names in the reader's language of every organization taking part in these engagements. */
    Map<UUID, String> organizations(Collection<EngagementView> engagements) {
        return names(engagements.stream().flatMap(e -> e.participants().stream()).toList());
    }

    private Map<UUID, String> names(List<ParticipantView> participants) {
        var ids = participants.stream().map(ParticipantView::organization).filter(Objects::nonNull)
                .map(OrganizationId::new).distinct().toList();
        var locale = LocaleContextHolder.getLocale();
        var names = new HashMap<UUID, String>();
        if (!ids.isEmpty()) {
            directory.summaries(ids).forEach((id, summary) -> names.put(id.value(), summary.nameIn(locale)));
        }
        return names;
    }
}
