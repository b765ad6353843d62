package org.liaison.operations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.directory.DirectoryImports.KnownOrganization;
import org.liaison.directory.DirectoryImports.KnownPerson;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.PersonId;
import org.liaison.operations.imports.ImportPlanner.Outcome;

class ImportPlannerTests {

    private static final OrganizationId HITACHI = new OrganizationId(UUID.randomUUID());
    private static final OrganizationId TORCH = new OrganizationId(UUID.randomUUID());

    private static List<ImportRow> rows(String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        var result = ImportReader.read(bytes, ColumnMapping.guess(ImportReader.headers(bytes)));
        assertThat(result.bad()).isEmpty();
        return result.rows();
    }

    private static ImportPlanner planner() {
        return new ImportPlanner(List.of(
                new KnownOrganization(HITACHI, List.of("Hitachi, Ltd.", "日立製作所"), OrganizationKind.OTHER, "JP",
                        null, "https://www.hitachi.com", "Maker"),
                new KnownOrganization(TORCH, List.of("Torch High Technology Industry Development Center", "Torch"),
                        OrganizationKind.GOVERNMENT_BODY, "CN", "Beijing", null, null)),
                List.of(new KnownPerson(new PersonId(UUID.randomUUID()), List.of("Taro Yamada"))), Map.of());
    }

    @Test
    void matchesNormalizedNamesAliasesAndWebsiteHosts() {
        var p = planner();
        var plans = rows("organization,country,website,city,kind\n"
                + "HITACHI LTD,JP,,,\n"
                + "日立製作所,,,Tokyo,corporation\n"
                + "Anything,JP,http://hitachi.com/en,,\n"
                + "Torch,CN,,Beijing,\n"
                + "Torch,JP,,,\n").stream().map(p::plan).toList();
        assertThat(plans.get(0).outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(plans.get(0).target().id()).isEqualTo(HITACHI);
        assertThat(plans.get(1).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(plans.get(1).fill()).containsExactly("kind", "city");
        assertThat(plans.get(2).target().id()).isEqualTo(HITACHI);
        assertThat(plans.get(2).newAliases()).containsExactly("Anything");
        assertThat(plans.get(3).outcome()).isEqualTo(Outcome.UNCHANGED);
        // same name, other country: another organization
        assertThat(plans.get(4).outcome()).isEqualTo(Outcome.NEW);
    }

    @Test
    void neverOverwritesASetFieldButReportsTheConflict() {
        var plan = planner().plan(rows("organization,country,description,website\n"
                + "Hitachi,JP,Something else,https://hitachi.com\n").getFirst());
        assertThat(plan.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(plan.fill()).isEmpty();
        assertThat(plan.conflicts()).containsExactly(new ImportPlanner.Conflict("description", "Maker", "Something else"));
    }

    @Test
    void rowsRepeatingAnEarlierRowAreDuplicatesOfIt() {
        var p = planner();
        var plans = rows("organization,country,person,role\n"
                + "Z-Park,CN,Li Wei,Director\n"
                + "Zhongguancun Science Park,CN,,\n"
                + "z-park,CN,Taro Yamada,Adviser\n"
                + "Z PARK,,Li Wei,\n").stream().map(p::plan).toList();
        assertThat(plans).extracting(ImportPlanner.Plan::outcome)
                .containsExactly(Outcome.NEW, Outcome.NEW, Outcome.DUPLICATE, Outcome.DUPLICATE);
        assertThat(plans.get(2).duplicateOf()).isEqualTo(2);
        assertThat(plans.get(0).newPerson()).isTrue();
        assertThat(plans.get(2).newPerson()).isFalse();
        assertThat(plans.get(3).newPerson()).isFalse();
        assertThat(plans.get(3).person()).isSameAs(plans.get(0).person());
    }

    @Test
    void aResumedPlannerClassifiesLikeAnUninterruptedOne() {
        var csv = "organization,country\nZ-Park,CN\nTsinghua,CN\nZ-Park,CN\n";
        var whole = planner();
        var uninterrupted = rows(csv).stream().map(whole::plan).map(ImportPlanner.Plan::outcome).toList();
        // killed after row 2: Z-Park exists now, created by this job at row 2
        var zpark = new OrganizationId(UUID.randomUUID());
        var known = new java.util.ArrayList<KnownOrganization>();
        known.add(new KnownOrganization(zpark, List.of("Z-Park"), OrganizationKind.OTHER, "CN", null, null, null));
        var resumed = new ImportPlanner(known, List.of(), Map.of(zpark, 2));
        var rest = rows(csv).subList(1, 3).stream().map(resumed::plan).map(ImportPlanner.Plan::outcome).toList();
        assertThat(rest).isEqualTo(uninterrupted.subList(1, 3));
        assertThat(uninterrupted).containsExactly(Outcome.NEW, Outcome.NEW, Outcome.DUPLICATE);
    }

    @Test
    void normalizesLegalFormsWidthAndPunctuation() {
        assertThat(Names.normalize("Hitachi, Ltd.")).isEqualTo(Names.normalize("HITACHI"));
        assertThat(Names.normalize("株式会社日立製作所")).isEqualTo(Names.normalize("日立製作所"));
        assertThat(Names.normalize("ＴＯＳＨＩＢＡ Corp.")).isEqualTo("toshiba");
        assertThat(Names.normalize("ООО «Ромашка»")).isEqualTo("ромашка");
        assertThat(Names.domain("WWW.Hitachi.com/en")).isEqualTo("hitachi.com");
        assertThat(Names.domain("not a site")).isNull();
    }
}
