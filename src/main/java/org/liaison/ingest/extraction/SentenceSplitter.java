package org.liaison.ingest.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences with their offsets: every line is a paragraph (titles and list items stand alone),
 * and inside a line a sentence ends at . ! ? (or 。！？) before a capital, a digit or a quote,
 * unless the dot ends a known abbreviation. Boilerplate lines are left out.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co",
            "corp", "st", "no", "vs", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "u.s", "e.g", "i.e", "gen", "gov", "rep", "sen", "mt", "ft", "approx", "est");

    private final Lexicons lexicons;

    SentenceSplitter(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Span> split(String text) {
        var sentences = new ArrayList<Span>();
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e && !lexicons.boilerplate(text.substring(s, e))) {
                splitLine(text, s, e, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void splitLine(String text, int from, int to, List<Span> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean cjk = c == '。' || c == '！' || c == '？';
            if (!(c == '.' || c == '!' || c == '?' || cjk)) {
                continue;
            }
            int end = i + 1;
            while (end < to && isCloser(text.charAt(end))) {
                end++;
            }
            if (!cjk) {
                if (end >= to || !Character.isWhitespace(text.charAt(end))) {
                    continue;
                }
                int next = end;
                while (next < to && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next >= to) {
                    continue;
                }
                char n = text.charAt(next);
                if (!(Character.isUpperCase(n) || Character.isDigit(n) || isOpener(n))) {
                    continue;
                }
                if (c == '.' && abbreviation(text, from, i)) {
                    continue;
                }
            }
            add(text, start, end, out);
            start = end;
        }
        add(text, start, to, out);
    }

    private static boolean abbreviation(String text, int lineStart, int dot) {
        int w = dot;
        while (w > lineStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isLetter(word.charAt(0)) ? Character.isUpperCase(text.charAt(w))
                : ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int s, int e, List<Span> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Span(s, e));
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '»' || c == '」';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '«' || c == '「';
    }
}
