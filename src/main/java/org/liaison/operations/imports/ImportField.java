package org.liaison.operations.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an import file holds. Each field knows the header names it is guessed from, in
 * English, Russian, Chinese and Japanese (compared without case, spaces and punctuation).
 */
public enum ImportField {
    ORGANIZATION("organization", "organisation", "organization name", "company", "name", "организация",
            "название", "наименование", "компания", "机构", "组织", "单位", "公司", "名称", "組織", "組織名", "会社",
            "会社名", "機関", "名称"),
    ALIASES("aliases", "alias", "other names", "abbreviation", "синонимы", "другие названия", "сокращение",
            "别名", "简称", "別名", "略称"),
    KIND("kind", "type", "organization type", "category", "тип", "вид", "тип организации", "类型", "机构类型",
            "種類", "種別", "組織種別"),
    COUNTRY("country", "country code", "страна", "国家", "国", "国名"),
    CITY("city", "town", "город", "城市", "市", "都市"),
    WEBSITE("website", "web site", "web", "url", "site", "homepage", "сайт", "веб-сайт", "网站", "网址", "官网",
            "ウェブサイト", "ホームページ", "サイト"),
    DESCRIPTION("description", "notes", "about", "описание", "примечание", "描述", "说明", "简介", "説明", "概要",
            "備考"),
    PERSON("person", "contact", "contact person", "full name", "person name", "контакт", "контактное лицо",
            "фио", "имя", "联系人", "姓名", "人员", "担当者", "氏名", "人物", "連絡先"),
    ROLE("role", "position", "title", "job title", "должность", "роль", "职务", "职位", "角色", "役職", "職位",
            "肩書"),
    STAGE("stage", "relationship stage", "relationship", "status", "стадия", "этап", "отношения", "阶段",
            "关系阶段", "段階", "関係"),
    IGNORE();

    private final List<String> headers;

    ImportField(String... headers) {
        this.headers = List.of(headers).stream().map(ImportField::normalize).toList();
    }

    /** The field a header names, if any of the four languages' names match it. */
    public static Optional<ImportField> forHeader(String header) {
        String h = normalize(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (var f : values()) {
            if (f.headers.contains(h)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Case, width, spaces and punctuation do not matter in header names. */
    static String normalize(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var out = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The field for its lower-case name ("organization"), as forms and the API send it. */
    public static Optional<ImportField> parse(String name) {
        for (var f : values()) {
            if (f.name().equalsIgnoreCase(name.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
