package org.liaison.relationships.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.UserAccount;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.relationships.Stage;
import org.liaison.shared.DemoDataContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The relationships of the reference story (spring 2012), at the stages it implies: a memorandum
 * of understanding with the Torch technopark of Tsinghua University (AGREEMENT), deeper cooperation
 * planned with Zhongguancun (ENGAGED), and the four Japanese corporations Viktor Vekselberg named
 * in Tokyo (PROSPECT). Owned by the demo {@code manager} when that user exists. Idempotent: an
 * organization that already has a relationship is left alone.
 */
@Component
class RelationshipsStory implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(RelationshipsStory.class);

    static final String TORCH = "Torch technopark of Tsinghua University";
    static final String ZHONGGUANCUN = "Zhongguancun";
    static final String[] JAPANESE_PROSPECTS = {"Hitachi", "NEC", "Mitsubishi", "Toshiba"};

    static final Instant SPRING_2012 = Instant.parse("2012-03-15T09:00:00Z");
    static final Instant MOU_SIGNED = Instant.parse("2012-04-02T09:00:00Z");
    static final Instant FORUM = Instant.parse("2012-04-10T09:00:00Z");
    static final Instant TOKYO_VISIT = Instant.parse("2012-04-26T09:00:00Z");

    private final RelationshipRepository relationships;
    private final RelationshipCards cards;
    private final DirectoryQueries directory;
    private final UserAccounts users;

    RelationshipsStory(RelationshipRepository relationships, RelationshipCards cards, DirectoryQueries directory,
            UserAccounts users) {
        this.relationships = relationships;
        this.cards = cards;
        this.directory = directory;
        this.users = users;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "relationships";
    }

    @Override
    public void contribute() {
        ViewerContext.run(Viewer.system("demo-data"), () -> {
            load();
            relationships.flush();
            cards.refresh(null);
        });
    }

    private void load() {
        UUID manager = users.findByUsername("manager").map(UserAccount::id).orElse(null);
        add(TORCH, manager, r -> {
            r.moveTo(Stage.ENGAGED, "Deeper cooperation with its high-tech centres planned", manager,
                    SPRING_2012.plusSeconds(86_400));
            r.moveTo(Stage.AGREEMENT, "Memorandum of understanding signed", manager, MOU_SIGNED);
        }, "Named in the plans for cooperation with China", SPRING_2012);
        add(ZHONGGUANCUN, manager, r -> r.moveTo(Stage.ENGAGED,
                "Deeper cooperation planned, Sino-Russian Trade and Investment Forum", manager, FORUM),
                "Named in the plans for cooperation with China", SPRING_2012);
        for (String name : JAPANESE_PROSPECTS) {
            add(name, manager, r -> {}, "Named by Viktor Vekselberg in Tokyo as a company Skolkovo seeks to work with",
                    TOKYO_VISIT);
        }
    }

    private void add(String name, @Nullable UUID manager, java.util.function.Consumer<Relationship> story,
            String reason, Instant since) {
        var organization = directory.organizationNamed(name);
        if (organization.isEmpty()) {
            log.warn("Demo relationships: no organization named {}", name);
            return;
        }
        var id = organization.get();
        if (relationships.findByOrganization(id.value()).isPresent()) {
            return;
        }
        var relationship = new Relationship(id, Stage.PROSPECT, manager, reason, manager, since);
        story.accept(relationship);
        relationships.save(relationship);
    }
}
