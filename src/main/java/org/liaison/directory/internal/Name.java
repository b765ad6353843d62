package org.liaison.directory.internal;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * A name in one language and script. {@code lang} is a BCP 47 tag ("ru", "zh-Hans", "ja");
 * {@code alias} marks aliases and abbreviations ("Z-Park", "NEC") as opposed to official names.
 */
@Embeddable
public class Name {

    @Column(name = "text", nullable = false, length = 500)
    private String text;

    @Column(name = "lang", length = 35)
    private @Nullable String lang;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Column(name = "is_alias", nullable = false)
    private boolean alias;

    protected Name() {
        this.text = "";
    }

    public Name(String text, @Nullable String lang, boolean primary, boolean alias) {
        this.text = text.strip();
        this.lang = lang == null || lang.isBlank() ? null : Locale.forLanguageTag(lang.strip()).toLanguageTag();
        this.primary = primary;
        this.alias = alias;
    }

    public static Name primary(String text, String lang) {
        return new Name(text, lang, true, false);
    }

    public static Name official(String text, String lang) {
        return new Name(text, lang, false, false);
    }

    public static Name alias(String text, @Nullable String lang) {
        return new Name(text, lang, false, true);
    }

    public String text() {
        return text;
    }

    public @Nullable String lang() {
        return lang;
    }

    public boolean primary() {
        return primary;
    }

    public boolean alias() {
        return alias;
    }

    Name asAlias() {
        return new Name(text, lang, false, true);
    }

    @Override
    public String toString() {
        return text + (lang == null ? "" : " (" + lang + ")");
    }
}
