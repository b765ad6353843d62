package org.liaison.agreements.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementParty;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementQueries;
import org.liaison.shared.DemoDataContributor;
import org.springframework.stereotype.Component;

/**
 * The agreements of the reference story (a news item of early May 2012): the memorandum of
 * understanding Skolkovo signed with the Torch technopark of Tsinghua University "last month"
 * (April 2012, day not reported: the relationships' story dates it April 2), and the deeper
 * cooperation planned with Zhongguancun (Z-Park), here a draft. Signatories are not reported, so
 * none is named. Two milestones of the memorandum illustrate upcoming work: sample data, dated
 * relative to today. Idempotent by title.
 */
@Component
class AgreementStory implements DemoDataContributor {

    static final String MOU = "Memorandum of understanding between the Skolkovo Foundation and the Torch technopark of Tsinghua University";
    static final String ZPARK = "Cooperation agreement between the Skolkovo Foundation and Zhongguancun (Z-Park)";
    static final LocalDate MOU_SIGNED = LocalDate.of(2012, 4, 2);
    static final String SOURCE = " Source: The Skolkovo Foundation.";
    /** The engagements' story records the signing as a meeting with this title. */
    static final String MOU_SIGNING = "Memorandum of understanding with the Torch technopark of Tsinghua University";

    private final AgreementService service;
    private final AgreementRepository agreements;
    private final DirectoryQueries directory;
    private final EngagementQueries engagements;
    private final Clock clock;

    AgreementStory(AgreementService service, AgreementRepository agreements, DirectoryQueries directory,
            EngagementQueries engagements, Clock clock) {
        this.service = service;
        this.agreements = agreements;
        this.directory = directory;
        this.engagements = engagements;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String name() {
        return "agreements";
    }

    @Override
    public void contribute() {
        ViewerContext.run(Viewer.system("demo-agreements"), this::story);
    }

    private void story() {
        var skolkovo = directory.organizationNamed("Skolkovo Foundation");
        var torch = directory.organizationNamed("Torch technopark of Tsinghua University");
        var zpark = directory.organizationNamed("Zhongguancun");
        if (skolkovo.isEmpty()) {
            return;
        }
        torch.ifPresent(t -> mou(skolkovo.get(), t));
        zpark.ifPresent(z -> draft(ZPARK, AgreementKind.COOPERATION_AGREEMENT, skolkovo.get(), z, null,
                "Deeper cooperation with Zhongguancun, the science, technology and software business incubator zone "
                        + "in Beijing better known as ‘Z-Park’, planned by the Skolkovo Foundation in spring 2012." + SOURCE,
                List.of("en", "zh", "ru")));
    }

    private void mou(OrganizationId skolkovo, OrganizationId torch) {
        if (agreements.findFirstByTitle(MOU).isPresent()) {
            return;
        }
        var id = draft(MOU, AgreementKind.MEMORANDUM_OF_UNDERSTANDING, skolkovo, torch,
                engagements.engagementTitled(MOU_SIGNING).orElse(null),
                "Deeper cooperation with the high-tech centers of the Torch technopark of Tsinghua University. Signed "
                        + "in April 2012, the month before the news item (day not reported)." + SOURCE,
                List.of("en", "zh", "ru"));
        id.ifPresent(agreement -> {
            service.transition(agreement, Transition.SIGN, null, MOU_SIGNED);
            var today = LocalDate.now(clock);
            service.addMilestone(agreement, new MilestoneDraft(
                    "Sample data: joint review of the cooperation with the technopark's high-tech centers", torch.value(),
                    today.plusDays(10), true));
            service.addMilestone(agreement, new MilestoneDraft(
                    "Sample data: proposal of a residents' exchange programme", skolkovo.value(), today.plusDays(45), true));
        });
    }

    private Optional<java.util.UUID> draft(String title, AgreementKind kind, OrganizationId hub, OrganizationId partner,
            @Nullable EngagementId signedAt, String subject, List<String> languages) {
        var existing = agreements.findFirstByTitle(title);
        if (existing.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(service.create(new AgreementDraft(kind, title, subject, languages,
                List.of(new AgreementParty(hub, "hub", null), new AgreementParty(partner, "partner", null)), signedAt,
                null, null, null, false)).id());
    }
}
