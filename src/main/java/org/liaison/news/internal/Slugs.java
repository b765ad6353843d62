package org.liaison.news.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Slugs for URLs: lower case letters and digits of any script joined by hyphens, Latin accents
 * dropped ("Règions & cities" → "regions-cities"), at most 80 characters; a taken slug gets
 * "-2", "-3"...
 */
public final class Slugs {

    static final int MAX = 80;

    private Slugs() {}

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        var slug = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < decomposed.length() && slug.length() < MAX; ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (hyphen && !slug.isEmpty()) {
                    slug.append('-');
                }
                hyphen = false;
                slug.appendCodePoint(Character.toLowerCase(cp));
            } else {
                hyphen = true;
            }
        }
        String result = slug.toString().toLowerCase(Locale.ROOT);
        return result.isEmpty() ? "item" : result;
    }

    /** The slug of {@code text}, or with the first free suffix when it is taken. */
    public static String unique(String text, Predicate<String> taken) {
        String base = of(text);
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** Whether a slug is well formed (what {@link #of} can produce). */
    public static boolean isValid(String slug) {
        return !slug.isEmpty() && slug.length() <= MAX + 10 && slug.equals(of(slug));
    }
}
