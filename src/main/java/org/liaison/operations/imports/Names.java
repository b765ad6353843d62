package org.liaison.operations.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What makes two organization names "the same" for duplicate matching: Unicode compatibility
 * forms (full-width letters), case, punctuation and spacing do not matter, nor do legal-form
 * words ("Ltd", "Inc.", "ООО", "株式会社", "有限公司"). Websites match by host without "www.".
 */
public final class Names {

    private static final Set<String> LEGAL_WORDS = Set.of("ltd", "limited", "inc", "incorporated", "llc", "co",
            "corp", "corporation", "company", "gmbh", "ag", "sa", "plc", "kk", "ооо", "оао", "зао", "пао", "ао",
            "фонд");
    private static final String[] LEGAL_AFFIXES = {"株式会社", "有限会社", "合同会社", "有限公司", "股份有限公司",
            "有限责任公司", "集团"};

    private Names() {}

    /** The comparable form of an organization's or person's name; empty when nothing is left. */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (var affix : LEGAL_AFFIXES) {
            if (s.length() > affix.length()) {
                s = s.replace(affix, " ");
            }
        }
        var words = new StringBuilder();
        for (var word : s.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || LEGAL_WORDS.contains(word)) {
                continue;
            }
            if (!words.isEmpty()) {
                words.append(' ');
            }
            words.append(word);
        }
        if (words.isEmpty()) {
            // a name made only of legal words ("Company") is still a name
            return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }
        return words.toString();
    }

    /** The host of a website without "www.", lower case; null when it is not a usable address. */
    public static @Nullable String domain(String website) {
        String host = ImportReader.host(website);
        if (host == null || host.isBlank() || !host.contains(".")) {
            return null;
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
