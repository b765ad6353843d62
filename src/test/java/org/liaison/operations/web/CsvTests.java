package org.liaison.operations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's CSV export: a value with CR/LF, quotes and commas stays one field of one
 * record, so nothing written into a record (a name, a detail of a security event) can forge a line
 * of the audit export; formulas are defused.
 */
class CsvTests {

    @Test
    void carriageReturnsAndLineFeedsCannotForgeARecord() throws IOException {
        String forged = "Hitachi\r\n\"2\",\"2012-05-03T09:00:00Z\",\"admin\",\"organization\",\"x\",\"DELETED\"\n\rend";
        String text = Csv.line("revision", "user", "after") + Csv.line("1", "manager", forged);
        var records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(1).size()).isEqualTo(3);
        assertThat(records.get(1).get(2)).isEqualTo(forged);
        assertThat(records.get(1).get(1)).isEqualTo("manager");
    }

    @Test
    void formulasAreDefusedAndNullsAreEmpty() throws IOException {
        var records = CSVFormat.RFC4180.parse(new StringReader(Csv.line("=cmd|'/c calc'!A1", null, "@SUM(1)"))).getRecords();
        assertThat(records.getFirst().get(0)).isEqualTo("'=cmd|'/c calc'!A1");
        assertThat(records.getFirst().get(1)).isEmpty();
        assertThat(records.getFirst().get(2)).isEqualTo("'@SUM(1)");
    }
}
