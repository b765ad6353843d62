package org.liaison.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.AccessControl;
import org.liaison.access.ReadScope;
import org.liaison.directory.DirectoryFixtures;
import org.liaison.directory.internal.Name;
import org.liaison.directory.internal.Organizations;
import org.liaison.directory.internal.People;
import org.liaison.directory.internal.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** People are found by any of their names, across scripts, within the read scope. */
@Tag("persistence")
@SpringBootTest(properties = { "liaison.demo.enabled=false", "liaison.test.context=organization-search" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonSearchIntegrationTests {

    static final ReadScope STAFF = ReadScope.staff(Set.of());

    @Autowired
    PersonSearch search;

    @Autowired
    Organizations organizations;

    @Autowired
    People people;

    Person vekselberg;
    Person li;
    Person onlyInCyrillic;

    @BeforeAll
    void savePeople() {
        var fixtures = new DirectoryFixtures(organizations, people);
        vekselberg = fixtures.person("Viktor Vekselberg", "en", "Виктор Вексельберг", "ru");
        li = fixtures.person("Li Keqiang", "en", "李克强", "zh");
        onlyInCyrillic = fixtures.person("Аркадий Дворкович", "ru");
    }

    @Test
    void findsAPersonByAnyNameInAnyScript() {
        assertThat(search.search("Vekselberg", STAFF, 10)).first().extracting(PersonHit::id).isEqualTo(vekselberg.getId());
        assertThat(search.search("Вексельберг", STAFF, 10)).first().extracting(PersonHit::id).isEqualTo(vekselberg.getId());
        assertThat(search.search("李克强", STAFF, 10)).first().extracting(PersonHit::id).isEqualTo(li.getId());
        assertThat(search.search("Keqiang", STAFF, 10)).first().extracting(PersonHit::id).isEqualTo(li.getId());
    }

    @Test
    void findsANameStoredInCyrillicOnlyByItsReadingAndWithTypos() {
        assertThat(search.search("Dvorkovich", STAFF, 10)).first().extracting(PersonHit::id)
                .isEqualTo(onlyInCyrillic.getId());
        assertThat(search.search("Vekselburg", STAFF, 10)).first().extracting(PersonHit::id)
                .isEqualTo(vekselberg.getId());
    }

    @Test
    void returnsThePrimaryNameAndTheOthers() {
        var hit = search.search("Vekselberg", STAFF, 1).get(0);
        assertThat(hit.name()).isEqualTo("Viktor Vekselberg");
        assertThat(hit.otherNames()).containsExactly("Виктор Вексельберг");
    }

    @Test
    void findsOnlyWhatTheScopeMayRead() {
        assertThat(search.search("Vekselberg", ReadScope.nothing(), 10)).isEmpty();
        // Internal to the hub: no partner sees them.
        assertThat(search.search("", ReadScope.partner(UUID.randomUUID()), 10)).isEmpty();
        var shared = people.save(new Person(List.of(Name.primary("Shared probe person", "en")),
                null, AccessControl.shared(null, Set.of(li.getId())), DirectoryFixtures.NOW));
        assertThat(search.search("probe", ReadScope.partner(li.getId()), 10)).extracting(PersonHit::id)
                .containsExactly(shared.getId());
    }

    @Test
    void listsPeopleByNameForABlankText() {
        assertThat(search.search(" ", STAFF, 100)).extracting(PersonHit::name)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void rejectsALimitOutOfRange() {
        assertThatThrownBy(() -> search.search("x", STAFF, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
