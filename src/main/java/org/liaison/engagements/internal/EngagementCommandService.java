package org.liaison.engagements.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

import org.liaison.engagements.EngagementCommands;
import org.liaison.engagements.EngagementId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Engagement commands for other modules, delegating to {@link EngagementService}. */
@Service
@Transactional
class EngagementCommandService implements EngagementCommands {

    /** A time zone for the country of the place; UTC when the country is unknown or has several. */
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("JP", "Asia/Tokyo"),
            Map.entry("CN", "Asia/Shanghai"), Map.entry("RU", "Europe/Moscow"), Map.entry("KR", "Asia/Seoul"),
            Map.entry("IN", "Asia/Kolkata"), Map.entry("DE", "Europe/Berlin"), Map.entry("FR", "Europe/Paris"),
            Map.entry("GB", "Europe/London"), Map.entry("KE", "Africa/Nairobi"), Map.entry("KZ", "Asia/Almaty"));

    private final EngagementService engagements;
    private final Engagements repository;

    EngagementCommandService(EngagementService engagements, Engagements repository) {
        this.engagements = engagements;
        this.repository = repository;
    }

    @Override
    public EngagementId log(NewEngagement e) {
        var zone = e.country() == null ? "UTC" : ZONES.getOrDefault(e.country(), "UTC");
        var schedule = Schedule.of(LocalDateTime.of(e.date(), LocalTime.of(9, 0)), null, zone);
        var participants = e.participants().stream()
                .map(p -> new ParticipantInput(p.organization() == null ? null : p.organization().value(),
                        p.person() == null ? null : p.person().value(), p.hubSide() ? Side.HUB : Side.PARTNER,
                        p.role()))
                .toList();
        var view = engagements.create(new EngagementDraft(e.kind(), e.title(), schedule, null, e.city(), e.country(),
                e.description(), e.notes(), e.outcomes(), e.parent() == null ? null : e.parent().value(), participants,
                e.proposedStage()));
        return new EngagementId(view.id());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EngagementId> titled(String title) {
        return repository.findFirstByTitle(title).map(found -> {
            engagements.engagement(found.getId()); // visible to the viewer, or NotFoundException
            return new EngagementId(found.getId());
        });
    }
}
