package org.liaison.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessControl;
import org.liaison.directory.internal.Name;
import org.liaison.directory.internal.Organization;
import org.liaison.directory.internal.Organizations;
import org.liaison.directory.internal.People;
import org.liaison.directory.internal.Person;

/**
 * Builds and saves valid directory records in one line, through the repositories (so they are
 * indexed like any record saved by the application):
 *
 * <pre>{@code
 * var fixtures = new DirectoryFixtures(organizations, people);
 * fixtures.organization(UNIVERSITY, "JP").name("東北大学", "ja").save();
 * var story = fixtures.referenceStory();   // by primary name
 * }</pre>
 */
public final class DirectoryFixtures {

    public static final Instant NOW = Instant.parse("2012-04-26T09:00:00Z");

    private final Organizations organizations;
    private final @Nullable People people;

    public DirectoryFixtures(Organizations organizations, @Nullable People people) {
        this.organizations = organizations;
        this.people = people;
    }

    public OrganizationBuilder organization(OrganizationKind kind, @Nullable String country) {
        return new OrganizationBuilder(kind, country);
    }

    /** A person with these names, the first primary, internal to the hub. */
    public Person person(String text, String lang, String... moreTextsAndLangs) {
        if (people == null) {
            throw new IllegalStateException("These fixtures were made without the People repository");
        }
        var names = new ArrayList<Name>();
        names.add(Name.primary(text, lang));
        for (int i = 0; i + 1 < moreTextsAndLangs.length; i += 2) {
            names.add(Name.official(moreTextsAndLangs[i], moreTextsAndLangs[i + 1]));
        }
        return people.save(new Person(names, null, AccessControl.internal(null), NOW));
    }

    /**
     * The organizations of the reference story (Skolkovo, China, Japan) and distractors in four
     * scripts, saved; by primary name. Names in the scripts the organizations are known by; the
     * distractors 東北大学, Академгородок, 中关村软件园 and Технопарк «Сколково» have no Latin name at all.
     */
    public Map<String, Organization> referenceStory() {
        var saved = new LinkedHashMap<String, Organization>();
        Function<OrganizationBuilder, Organization> keep = b -> {
            var org = b.save();
            saved.put(org.primaryName().text(), org);
            return org;
        };
        keep.apply(organization(OrganizationKind.INNOVATION_HUB, "RU").name("Skolkovo Foundation", "en")
                .name("Фонд «Сколково»", "ru").city("Moscow").website("https://sk.ru"));
        keep.apply(organization(OrganizationKind.UNIVERSITY, "CN").name("Tsinghua University", "en")
                .name("清华大学", "zh").city("Beijing").website("https://www.tsinghua.edu.cn"));
        keep.apply(organization(OrganizationKind.TECHNOPARK, "CN").name("Torch technopark of Tsinghua University", "en")
                .city("Beijing"));
        keep.apply(organization(OrganizationKind.TECHNOPARK, "CN").name("Zhongguancun", "en").name("中关村", "zh")
                .alias("Z-Park", "en").city("Beijing"));
        keep.apply(organization(OrganizationKind.CORPORATION, "CN").name("Lenovo", "en").name("联想", "zh")
                .city("Beijing").website("https://www.lenovo.com"));
        keep.apply(organization(OrganizationKind.CORPORATION, "CN").name("ZTE", "en").name("中兴通讯", "zh")
                .city("Shenzhen"));
        keep.apply(organization(OrganizationKind.CORPORATION, "JP").name("Hitachi", "en").name("日立製作所", "ja")
                .city("Tokyo"));
        keep.apply(organization(OrganizationKind.CORPORATION, "JP").name("NEC", "en").name("日本電気", "ja")
                .city("Tokyo"));
        keep.apply(organization(OrganizationKind.CORPORATION, "JP").name("Mitsubishi", "en").name("三菱", "ja")
                .city("Tokyo"));
        keep.apply(organization(OrganizationKind.CORPORATION, "JP").name("Toshiba", "en").name("東芝", "ja")
                .city("Tokyo").website("https://www.global.toshiba"));
        keep.apply(organization(OrganizationKind.BUSINESS_ASSOCIATION, "JP").name("Keidanren", "en")
                .name("Japan Business Federation", "en").name("日本経済団体連合会", "ja").alias("経団連", "ja")
                .city("Tokyo"));
        keep.apply(organization(OrganizationKind.GOVERNMENT_BODY, "JP").name("Ministry of Economy, Trade and Industry", "en")
                .name("経済産業省", "ja").alias("METI", "en").city("Tokyo"));
        keep.apply(organization(OrganizationKind.GOVERNMENT_BODY, "JP").name("Ministry of Foreign Affairs of Japan", "en")
                .name("外務省", "ja").alias("MOFA", "en").city("Tokyo"));
        keep.apply(organization(OrganizationKind.UNIVERSITY, "JP").name("University of Tokyo", "en")
                .name("東京大学", "ja").city("Tokyo"));
        // Distractors, in four scripts.
        keep.apply(organization(OrganizationKind.UNIVERSITY, "JP").name("東北大学", "ja").city("Sendai"));
        keep.apply(organization(OrganizationKind.INNOVATION_HUB, "RU").name("Академгородок", "ru").city("Новосибирск"));
        keep.apply(organization(OrganizationKind.TECHNOPARK, "CN").name("中关村软件园", "zh").city("Beijing"));
        keep.apply(organization(OrganizationKind.TECHNOPARK, "RU").name("Технопарк «Сколково»", "ru").city("Moscow"));
        keep.apply(organization(OrganizationKind.UNIVERSITY, "RU").name("Skolkovo Institute of Science and Technology", "en")
                .name("Сколковский институт науки и технологий", "ru").alias("Skoltech", "en").city("Moscow"));
        keep.apply(organization(OrganizationKind.UNIVERSITY, "RU").name("Novosibirsk State University", "en")
                .name("Новосибирский государственный университет", "ru").city("Novosibirsk"));
        keep.apply(organization(OrganizationKind.CORPORATION, "JP").name("Mitsubishi Electric", "en")
                .name("三菱電機", "ja").city("Tokyo"));
        keep.apply(organization(OrganizationKind.UNIVERSITY, "JP").name("Tokyo Institute of Technology", "en")
                .name("東京工業大学", "ja").city("Tokyo"));
        keep.apply(organization(OrganizationKind.UNIVERSITY, "CN").name("Peking University", "en")
                .name("北京大学", "zh").city("Beijing"));
        return saved;
    }

    /** An organization being built; the first name given is the primary one. */
    public final class OrganizationBuilder {

        private final OrganizationKind kind;
        private final @Nullable String country;
        private final List<Name> names = new ArrayList<>();
        private @Nullable String city;
        private @Nullable String website;
        private Function<UUID, AccessControl> access = AccessControl::internal;

        private OrganizationBuilder(OrganizationKind kind, @Nullable String country) {
            this.kind = kind;
            this.country = country;
        }

        /** An official name; the first one is primary. */
        public OrganizationBuilder name(String text, @Nullable String lang) {
            names.add(new Name(text, lang, names.isEmpty(), false));
            return this;
        }

        public OrganizationBuilder alias(String text, @Nullable String lang) {
            names.add(Name.alias(text, lang));
            return this;
        }

        public OrganizationBuilder city(String city) {
            this.city = city;
            return this;
        }

        public OrganizationBuilder website(String website) {
            this.website = website;
            return this;
        }

        /** Shared with these partner organizations (the organization still owns itself). */
        public OrganizationBuilder sharedWith(UUID... partners) {
            this.access = own -> AccessControl.shared(own, Set.of(partners));
            return this;
        }

        public OrganizationBuilder confidentialTo(String group) {
            this.access = own -> AccessControl.confidential(own, group);
            return this;
        }

        /** Access not derived from the organization's own id: owned by another organization, or none. */
        public OrganizationBuilder access(AccessControl access) {
            this.access = own -> access;
            return this;
        }

        public Organization save() {
            var org = new Organization(kind, names, country, AccessControl.internal(null), NOW);
            org.changeAccess(access.apply(org.getId()));
            org.describe(city, website, null, Set.of());
            return organizations.save(org);
        }
    }
}
