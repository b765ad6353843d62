package org.liaison.ingest.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stretch of text into words and punctuation. A word keeps inner hyphens, apostrophes
 * and dots of abbreviations ("Vice-Premier", "O'Neill", "U.S."); a possessive "'s" is a token of its own.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokens(String text, int from, int to) {
        var out = new ArrayList<Token>();
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c)) {
                i += Character.charCount(c);
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i += Character.charCount(c);
                while (i < to) {
                    int d = text.codePointAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i += Character.charCount(d);
                    } else if ((d == '-' || d == '&') && i + 1 < to && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                        i++;
                    } else if ((d == '\'' || d == '’') && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                            && !possessive(text, i, to)) {
                        i++;
                    } else if (d == '.' && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                            && Character.isUpperCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i + 1))) {
                        i++;
                    } else if ((d == ',' || d == '.') && Character.isDigit(text.charAt(i - 1)) && i + 1 < to
                            && Character.isDigit(text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                out.add(new Token(text.substring(start, i), start, i));
                continue;
            }
            if ((c == '\'' || c == '’') && possessive(text, i, to)) {
                out.add(new Token(text.substring(i, i + 2), i, i + 2));
                i += 2;
                continue;
            }
            int n = Character.charCount(c);
            out.add(new Token(text.substring(i, i + n), i, i + n));
            i += n;
        }
        return out;
    }

    private static boolean possessive(String text, int i, int to) {
        return i > 0 && Character.isLetter(text.charAt(i - 1)) && i + 1 < to
                && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)));
    }
}
