package org.liaison.ingest.extraction;

/** A word or punctuation mark with its offsets in the article. */
record Token(String text, int start, int end) {

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Starts with a capital letter, or is written in a script without case (CJK names). */
    boolean capitalized() {
        int c = text.codePointAt(0);
        return Character.isUpperCase(c) || Character.isIdeographic(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA;
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
