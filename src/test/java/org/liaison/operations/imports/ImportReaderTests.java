package org.liaison.operations.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.liaison.directory.OrganizationKind;
import org.liaison.relationships.Stage;

class ImportReaderTests {

    private static final String HEADER = "Organization,Country,Website,Kind,Person,Role,Stage\n";

    @Test
    void readsCommaSeparatedUtf8AndMapsTheGuessedColumns() {
        byte[] csv = (HEADER + "Hitachi,Japan,https://www.hitachi.com,corporation,Taro Yamada,Director,prospect\n")
                .getBytes(StandardCharsets.UTF_8);
        var headers = ImportReader.headers(csv);
        var result = ImportReader.read(csv, ColumnMapping.guess(headers));
        assertThat(result.bad()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.organization()).isEqualTo("Hitachi");
            assertThat(r.country()).isEqualTo("JP");
            assertThat(r.kind()).isEqualTo(OrganizationKind.CORPORATION);
            assertThat(r.person()).isEqualTo("Taro Yamada");
            assertThat(r.role()).isEqualTo("Director");
            assertThat(r.stage()).isEqualTo(Stage.PROSPECT);
        });
    }

    @Test
    void guessesColumnsFromHeadersInRussianChineseAndJapanese() {
        assertThat(ColumnMapping.guess(List.of("Организация", "Страна", "Сайт", "Должность")).fields())
                .containsExactly(ImportField.ORGANIZATION, ImportField.COUNTRY, ImportField.WEBSITE, ImportField.ROLE);
        assertThat(ColumnMapping.guess(List.of("机构", "国家", "网站", "联系人")).fields())
                .containsExactly(ImportField.ORGANIZATION, ImportField.COUNTRY, ImportField.WEBSITE, ImportField.PERSON);
        assertThat(ColumnMapping.guess(List.of("組織名", "国", "ホームページ", "役職", "メモ")).fields())
                .containsExactly(ImportField.ORGANIZATION, ImportField.COUNTRY, ImportField.WEBSITE, ImportField.ROLE,
                        ImportField.IGNORE);
        // a field is guessed for the first column only
        assertThat(ColumnMapping.guess(List.of("Name", "Company")).fields())
                .containsExactly(ImportField.ORGANIZATION, ImportField.IGNORE);
    }

    @Test
    void sniffsSemicolonsAndTabsAndHonoursQuotes() {
        byte[] semicolons = "Организация;Страна\n\"Сколково; фонд\";Россия\n".getBytes(StandardCharsets.UTF_8);
        var rows = ImportReader.read(semicolons, ColumnMapping.guess(ImportReader.headers(semicolons))).rows();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.organization()).isEqualTo("Сколково; фонд");
            assertThat(r.country()).isEqualTo("RU");
        });
        byte[] tabs = "organization\tcountry\nZ-Park\tCN\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ImportReader.read(tabs, ColumnMapping.guess(ImportReader.headers(tabs))).rows())
                .extracting(ImportRow::organization).containsExactly("Z-Park");
    }

    @Test
    void detectsByteOrderMarksAndLegacyEncodings() {
        String text = "組織名,国\n東芝,日本\n日立製作所,日本\n富士通,日本\n";
        byte[] bom = new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(ImportReader.headers(withBom)).containsExactly("組織名", "国");
        byte[] utf16 = ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE);
        assertThat(ImportReader.read(utf16, ColumnMapping.guess(ImportReader.headers(utf16))).rows())
                .extracting(ImportRow::organization).containsExactly("東芝", "日立製作所", "富士通");
        byte[] sjis = text.getBytes(Charset.forName("Shift_JIS"));
        assertThat(ImportReader.headers(sjis)).containsExactly("組織名", "国");
        String russian = "Организация,Страна\nФонд Сколково,Россия\nТехнопарк Новосибирск,Россия\n"
                + "Московский государственный университет,Россия\n";
        byte[] cp1251 = russian.getBytes(Charset.forName("windows-1251"));
        assertThat(ImportReader.read(cp1251, ColumnMapping.guess(ImportReader.headers(cp1251))).rows())
                .extracting(ImportRow::organization).contains("Фонд Сколково");
    }

    @Test
    void reportsBadRowsWithReasonsAndKeepsTheGoodOnes() {
        byte[] csv = (HEADER + "Hitachi,Japan,,,,,\n"
                + ",Japan,,,,,\n"
                + "NEC,Atlantis,,,,,\n"
                + "Toshiba,JP,not a site,,,,\n"
                + "Fujitsu,JP,,spaceship,,,\n"
                + "Sony,JP,,,,,friends\n"
                + "Panasonic,JP,,,,Director,\n"
                + "Z-Park,CN,zpark.cn,technopark,,,\n").getBytes(StandardCharsets.UTF_8);
        var result = ImportReader.read(csv, ColumnMapping.guess(ImportReader.headers(csv)));
        assertThat(result.rows()).extracting(ImportRow::organization).containsExactly("Hitachi", "Z-Park");
        assertThat(result.bad()).extracting(BadRow::row, BadRow::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "organization-missing"),
                org.assertj.core.groups.Tuple.tuple(4, "country-unknown"),
                org.assertj.core.groups.Tuple.tuple(5, "website-invalid"),
                org.assertj.core.groups.Tuple.tuple(6, "kind-unknown"),
                org.assertj.core.groups.Tuple.tuple(7, "stage-unknown"),
                org.assertj.core.groups.Tuple.tuple(8, "role-without-person"));
    }

    @Test
    void readsExcelStreamingIncludingGapsAndNumbers() throws IOException {
        byte[] xlsx;
        try (var workbook = new SXSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("orgs");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Организация");
            header.createCell(1).setCellValue("Страна");
            header.createCell(2).setCellValue("Описание");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Технопарк Академгородок");
            row.createCell(2).setCellValue(2012);
            var third = sheet.createRow(3);
            third.createCell(0).setCellValue("Torch");
            third.createCell(1).setCellValue("Китай");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(ImportReader.isExcel(xlsx)).isTrue();
        var result = ImportReader.read(xlsx, ColumnMapping.guess(ImportReader.headers(xlsx)));
        assertThat(result.headers()).containsExactly("Организация", "Страна", "Описание");
        assertThat(result.rows()).extracting(ImportRow::row, ImportRow::organization, ImportRow::country,
                ImportRow::description).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Технопарк Академгородок", null, "2012"),
                        org.assertj.core.groups.Tuple.tuple(4, "Torch", "CN", null));
    }

    @Test
    void refusesFilesItCannotRead() {
        assertThatThrownBy(() -> ImportReader.headers(new byte[0])).isInstanceOf(ImportFileException.class);
        assertThatThrownBy(() -> ImportReader.headers(new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
                .isInstanceOf(ImportFileException.class).extracting(e -> ((ImportFileException) e).code())
                .isEqualTo("excel-broken");
        byte[] noOrganization = "Country\nJP\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImportReader.read(noOrganization, ColumnMapping.guess(List.of("Country"))))
                .isInstanceOf(ImportFileException.class);
        assertThatThrownBy(() -> ColumnMapping.parse("organization,organization"))
                .isInstanceOf(ImportFileException.class);
        assertThat(ColumnMapping.parse("organization,ignore,country").format()).isEqualTo("organization,ignore,country");
    }
}
