package org.liaison.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.access.NewUser;
import org.liaison.access.UserAccounts;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.RelationType;
import org.liaison.shared.DemoDataContributor;
import org.springframework.stereotype.Component;

/**
 * The directory's part of the reference story (shared/seed/skolkovo-china-japan.txt, a news item
 * of the Skolkovo Foundation, spring 2012): every organization and person it names, with their
 * names in their own scripts, and the relations between them. Descriptions say only what the
 * article says. No people are invented: the "top managers of Lenovo and ZTE" stay unnamed.
 * Idempotent: a record whose name is already in the directory is not created again.
 */
@Component
class DirectoryStory implements DemoDataContributor {

    static final String SOURCE = " Source: The Skolkovo Foundation.";

    static final String SKOLKOVO = "Skolkovo Foundation";
    static final String TSINGHUA = "Tsinghua University";
    static final String TORCH = "Torch technopark of Tsinghua University";
    static final String ZHONGGUANCUN = "Zhongguancun";
    static final String LENOVO = "Lenovo";
    static final String ZTE = "ZTE";
    static final String HITACHI = "Hitachi";
    static final String NEC = "NEC";
    static final String MITSUBISHI = "Mitsubishi";
    static final String TOSHIBA = "Toshiba";
    static final String KEIDANREN = "Keidanren";
    static final String METI = "Ministry of Economy, Trade and Industry";
    static final String MOFA = "Ministry of Foreign Affairs of Japan";
    static final String TOKYO_RESEARCH_CENTER = "Research Center of Applied Sciences and Technologies";
    static final String STATE_COUNCIL = "State Council of the People's Republic of China";
    static final String VEKSELBERG = "Viktor Vekselberg";

    /** The demo partner user, bound to the Torch technopark; documented with the other demo users. */
    static final String PARTNER_USER = "partner";
    static final String PARTNER_PASSWORD = "demo-partner-2012";
    static final String LI_KEQIANG = "Li Keqiang";

    /** The organizations of the story, by their English name. */
    static final List<String> ORGANIZATIONS = List.of(SKOLKOVO, TSINGHUA, TORCH, ZHONGGUANCUN, LENOVO, ZTE, HITACHI,
            NEC, MITSUBISHI, TOSHIBA, KEIDANREN, METI, MOFA, TOKYO_RESEARCH_CENTER, STATE_COUNCIL);

    /** The people the story names; no one else. */
    static final List<String> PEOPLE = List.of(VEKSELBERG, LI_KEQIANG);

    private static final String SEEKS_PARTNERSHIP = "Japanese corporation with which the Skolkovo Foundation seeks "
            + "partnership: Viktor Vekselberg named it with Hitachi, NEC, Mitsubishi and Toshiba in spring 2012, saying "
            + "“We enjoy cooperation with US and European companies, but no Japanese companies so far”." + SOURCE;

    private static final String ACTIVE_IN_RUSSIA = "Chinese company actively developing activities in Russia; its top "
            + "managers attended the Sino-Russian Trade and Investment Forum (spring 2012), where the Skolkovo "
            + "Foundation and China's Vice-Premier Li Keqiang discussed cooperation." + SOURCE;

    private final DirectoryService directory;
    private final Organizations organizations;
    private final People people;
    private final Affiliations affiliations;
    private final OrganizationRelations relations;
    private final UserAccounts users;

    DirectoryStory(DirectoryService directory, Organizations organizations, People people, Affiliations affiliations,
            OrganizationRelations relations, UserAccounts users) {
        this.users = users;
        this.directory = directory;
        this.organizations = organizations;
        this.people = people;
        this.affiliations = affiliations;
        this.relations = relations;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name() {
        return "directory";
    }

    @Override
    public void contribute() {
        var skolkovo = organization(OrganizationKind.INNOVATION_HUB, "RU", null,
                names(n("Фонд «Сколково»", "ru"), n(SKOLKOVO, "en")), aliases(a("Skolkovo", "en"), a("Сколково", "ru")),
                "State-sponsored innovation hub nearing completion outside of Moscow (2012). It seeks to extend its "
                        + "cooperation with China, which it sees as “a strategic partner that can stimulate technology "
                        + "transfers”, and to develop relations with Japan; a joint direct investment fund to finance "
                        + "breakthrough projects is being considered." + SOURCE);
        var tsinghua = organization(OrganizationKind.UNIVERSITY, "CN", "Beijing",
                names(n("清华大学", "zh"), n(TSINGHUA, "en")), aliases(), null);
        var torch = organization(OrganizationKind.TECHNOPARK, "CN", null, names(n(TORCH, "en")), aliases(),
                "Technopark of Tsinghua University with high-tech centers, with which Skolkovo plans deeper cooperation. "
                        + "Skolkovo signed a memorandum of understanding with it in spring 2012." + SOURCE);
        var zPark = organization(OrganizationKind.TECHNOPARK, "CN", "Beijing",
                names(n("中关村", "zh"), n(ZHONGGUANCUN, "en")), aliases(a("Z-Park", "en")),
                "Better known as ‘Z-Park’: a science, technology, and software business incubator zone located in "
                        + "Beijing, with which Skolkovo plans deeper cooperation (2012)." + SOURCE);
        var lenovo = organization(OrganizationKind.CORPORATION, "CN", null, names(n("联想", "zh"), n(LENOVO, "en")),
                aliases(), ACTIVE_IN_RUSSIA);
        var zte = organization(OrganizationKind.CORPORATION, "CN", null, names(n("中兴通讯", "zh"), n(ZTE, "en")),
                aliases(), ACTIVE_IN_RUSSIA);
        var stateCouncil = organization(OrganizationKind.GOVERNMENT_BODY, "CN", "Beijing",
                names(n("中华人民共和国国务院", "zh"), n(STATE_COUNCIL, "en")),
                aliases(a("国务院", "zh"), a("State Council of the PRC", "en")),
                "The Chinese government of which Li Keqiang was Vice-Premier when he discussed cooperation with the "
                        + "Skolkovo Foundation at the Sino-Russian Trade and Investment Forum (spring 2012)." + SOURCE);
        var keidanren = organization(OrganizationKind.BUSINESS_ASSOCIATION, "JP", "Tokyo",
                names(n("日本経済団体連合会", "ja"), n(KEIDANREN, "en")),
                aliases(a("経団連", "ja"), a("Japan Business Federation", "en")),
                "Japanese business association. Meetings took place here during Viktor Vekselberg's visit to Tokyo on "
                        + "April 26, 2012." + SOURCE);
        var corporations = new ArrayList<Organization>();
        corporations.add(organization(OrganizationKind.CORPORATION, "JP", null, names(n("日立製作所", "ja"), n(HITACHI, "en")),
                aliases(), SEEKS_PARTNERSHIP));
        corporations.add(organization(OrganizationKind.CORPORATION, "JP", null, names(n("日本電気", "ja"), n(NEC, "en")),
                aliases(), SEEKS_PARTNERSHIP));
        corporations.add(organization(OrganizationKind.CORPORATION, "JP", null, names(n("三菱", "ja"), n(MITSUBISHI, "en")),
                aliases(), SEEKS_PARTNERSHIP));
        corporations.add(organization(OrganizationKind.CORPORATION, "JP", null, names(n("東芝", "ja"), n(TOSHIBA, "en")),
                aliases(), SEEKS_PARTNERSHIP));
        organization(OrganizationKind.GOVERNMENT_BODY, "JP", "Tokyo", names(n("経済産業省", "ja"), n(METI, "en")),
                aliases(a("METI", "en")),
                "The Japanese ministry of economy. Viktor Vekselberg held discussions with it during his visit to Tokyo "
                        + "on April 26, 2012." + SOURCE);
        organization(OrganizationKind.GOVERNMENT_BODY, "JP", "Tokyo", names(n("外務省", "ja"), n(MOFA, "en")),
                aliases(a("MOFA", "en")),
                "The Japanese ministry of foreign affairs. Viktor Vekselberg held discussions with it during his visit to "
                        + "Tokyo on April 26, 2012." + SOURCE);
        organization(OrganizationKind.RESEARCH_CENTRE, "JP", "Tokyo", names(n(TOKYO_RESEARCH_CENTER, "en")), aliases(),
                "Research Center of Applied Sciences and Technologies of the Tokyo university, as the article names it; "
                        + "Viktor Vekselberg visited it during his visit to Tokyo on April 26, 2012." + SOURCE);

        relate(torch, RelationType.PART_OF, tsinghua, null);
        relate(skolkovo, RelationType.PARTNER_OF, torch,
                "Memorandum of understanding signed in spring 2012, the month before the news item." + SOURCE);
        for (var corporation : corporations) {
            relate(corporation, RelationType.MEMBER_OF, keidanren, null);
        }

        var vekselberg = person(names(n("Виктор Вексельберг", "ru"), n(VEKSELBERG, "en")),
                "President of the Skolkovo Foundation (2012). Discussed cooperation with China's Vice-Premier Li Keqiang "
                        + "at the Sino-Russian Trade and Investment Forum and visited Tokyo on April 26, 2012." + SOURCE);
        var li = person(names(n("李克强", "zh"), n(LI_KEQIANG, "en")),
                "China's Vice-Premier (2012). Discussed opportunities for cooperation with Viktor Vekselberg at the "
                        + "Sino-Russian Trade and Investment Forum." + SOURCE);
        affiliate(vekselberg, skolkovo, "President");
        affiliate(li, stateCouncil, "Vice-Premier");

        users.createIfAbsent(NewUser.partner(PARTNER_USER, "Torch technopark of Tsinghua University (demo partner)",
                PARTNER_PASSWORD, torch.getId()));
    }

    // The story's building blocks: each looks for the record by name before creating it.

    private Organization organization(OrganizationKind kind, String country, @Nullable String city, List<NameInput> names,
            List<NameInput> aliases, @Nullable String description) {
        return existingOrganization(names).orElseGet(() -> directory.registerTrusted(
                new OrganizationDraft(kind, names, aliases, country, city, null, description, Set.of())));
    }

    private Optional<Organization> existingOrganization(List<NameInput> names) {
        return names.stream()
                .flatMap(n -> organizations.findByNameIgnoreCase(n.text()).stream())
                .findFirst();
    }

    private Person person(List<NameInput> names, String description) {
        return names.stream()
                .flatMap(n -> people.findByNameIgnoreCase(n.text()).stream())
                .findFirst()
                .orElseGet(() -> directory.registerPersonTrusted(new PersonDraft(names, description)));
    }

    private void relate(Organization from, RelationType type, Organization to, @Nullable String note) {
        boolean known = relations.findInvolving(from.getId()).stream()
                .anyMatch(r -> r.getFrom().equals(from.getId()) && r.getType() == type && r.getTo().equals(to.getId()));
        if (!known) {
            relations.save(new OrganizationRelation(from.getId(), type, to.getId(), null, null, note));
        }
    }

    private void affiliate(Person person, Organization organization, String role) {
        boolean known = affiliations.findByPerson(person.getId()).stream()
                .anyMatch(a -> a.getOrganization().equals(organization.getId()));
        if (!known) {
            affiliations.save(new Affiliation(person.getId(), organization.getId(), role, null, null));
        }
    }

    private static List<NameInput> names(NameInput... names) {
        var list = new ArrayList<NameInput>();
        for (int i = 0; i < names.length; i++) {
            list.add(new NameInput(names[i].text(), names[i].lang(), i == 0));
        }
        return list;
    }

    private static List<NameInput> aliases(NameInput... aliases) {
        return List.of(aliases);
    }

    private static NameInput n(String text, String lang) {
        return new NameInput(text, lang, false);
    }

    private static NameInput a(String text, String lang) {
        return new NameInput(text, lang, false);
    }
}
