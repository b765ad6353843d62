package org.liaison.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.NameInput;

class OrganizationFormTests {

    static OrganizationForm form(List<NameRow> names, Integer primary, List<NameRow> aliases, String areas) {
        return new OrganizationForm(OrganizationKind.UNIVERSITY, names, primary, aliases, " ", "", "", areas, "  ", null,
                null);
    }

    @Test
    void theRadioMarksThePrimaryNameByItsRowAndBlankRowsAreIgnored() {
        var draft = form(List.of(new NameRow("Tohoku University", "en"), new NameRow("  ", null),
                new NameRow("東北大学", "ja")), 2, List.of(new NameRow("", ""), new NameRow("Tohokudai", " ")), null)
                .toDraft();

        assertThat(draft.names()).extracting(NameInput::text, NameInput::lang, NameInput::primary)
                .containsExactly(tuple("Tohoku University", "en", false), tuple("東北大学", "ja", true));
        assertThat(draft.aliases()).extracting(NameInput::text, NameInput::lang).containsExactly(tuple("Tohokudai", null));
        assertThat(draft.country()).isNull();
        assertThat(draft.website()).isNull();
        assertThat(draft.description()).isNull();
    }

    @Test
    void technologyAreasAreSplitAtCommasSemicolonsAndLinesWithoutRepeats() {
        var form = form(List.of(new NameRow("Z", null)), 0, List.of(), "energy efficiency, IT;biomedicine\nIT, ");

        assertThat(form.toDraft().technologyAreas()).containsExactly("energy efficiency", "IT", "biomedicine");
        assertThat(form.areasWithinLimits()).isTrue();
        assertThat(form(List.of(), 0, List.of(), "x".repeat(101)).areasWithinLimits()).isFalse();
    }

    @Test
    void aFormWithOnlyBlankNamesHasNoName() {
        assertThat(form(List.of(new NameRow(" ", "en")), 0, List.of(new NameRow("NEC", null)), null).hasName()).isFalse();
        assertThat(OrganizationForm.empty().withBlankRows().names()).hasSize(1);
    }
}
