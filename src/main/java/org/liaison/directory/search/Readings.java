package org.liaison.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Latin readings of names, computed in Java so that a name stored in one script is found from
 * the others, on any search engine:
 * <ul>
 * <li>Cyrillic: ICU's Russian-Latin/BGN (or the BGN table of the name's language) and the plain
 * Any-Latin; "Академгородок" reads "akademgorodok";</li>
 * <li>Chinese: ICU's Han-Latin pinyin without tones, by syllable, by word and joined;
 * "中关村" reads "zhong guan cun" and "zhongguancun";</li>
 * <li>Japanese (language {@code ja}, or text with kana): Kuromoji's readings romanized, as
 * written ("touhoku daigaku") and with long vowels shortened ("tohoku daigaku"), spaced and
 * joined;</li>
 * <li>Latin: the ASCII-folded form when it differs ("Zürich" reads "zurich").</li>
 * </ul>
 * Han text without a language tag gets both the Chinese and the Japanese readings. Readings are
 * lower case words separated by single spaces, ASCII where every script of the text is transliterated
 * (a Greek word beside a Cyrillic one stays Greek in the BGN reading). Thread-safe; one shared instance.
 */
public final class Readings {

    private static final Readings SHARED = new Readings();

    /** Past this many cached words a cache stops growing; readings are then computed each time. */
    private static final int CACHE_LIMIT = 200_000;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\"\u02B9\u02BA\u2019\u02BC]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Map<String, Map<String, String>> caches = new ConcurrentHashMap<>();
    private final Map<String, ThreadLocal<Transliterator>> transliterators = new ConcurrentHashMap<>();
    private final ThreadLocal<BreakIterator> chineseWords = ThreadLocal
            .withInitial(() -> BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE));
    private final Analyzer japanese = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH));
        }
    };

    /** The scripts that decide how a name is read. */
    public enum Script { LATIN, CYRILLIC, HAN, JAPANESE, OTHER, NONE }

    public static Readings shared() {
        return SHARED;
    }

    /**
     * The Latin readings of a name, without the name itself: each distinct, lower case, ASCII
     * letters and digits in words separated by single spaces.
     *
     * @param lang the name's BCP 47 tag, or null to decide by script
     */
    public List<String> of(String text, @Nullable String lang) {
        if (text.isBlank()) {
            return List.of();
        }
        var out = new LinkedHashSet<String>();
        String language = lang == null ? "" : Locale.forLanguageTag(lang).getLanguage();
        Script script = scriptOf(text);
        switch (script) {
            case JAPANESE -> japanese(text, out);
            case HAN -> {
                if (language.equals("ja")) {
                    japanese(text, out);
                } else if (language.equals("zh")) {
                    chinese(text, out);
                } else {
                    chinese(text, out);
                    japanese(text, out);
                }
            }
            case CYRILLIC -> cyrillic(text, language, out);
            case LATIN -> add(out, clean(fold(text)));
            case OTHER -> add(out, clean(fold(transliterate("Any-Latin", text))));
            case NONE -> { }
        }
        out.remove(clean(text));
        return List.copyOf(out);
    }

    /**
     * The form two names are compared in for an exact match: compatibility-normalized, lower
     * case, Latin diacritics folded, letters and digits only. "Z-Park" and "z park" share "zpark";
     * "Фонд «Сколково»" is "фондсколково".
     */
    public static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        s = asciiFold(s);
        var sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * The keys of a name's leading words: "Skolkovo Foundation" gives "skolkovo" and
     * "skolkovofoundation", so that a query of whole words can be told to begin a name (up to 8 words).
     */
    public static List<String> leadKeys(String text) {
        var keys = new ArrayList<String>();
        var lead = new StringBuilder();
        for (String word : NOT_WORD.split(text.strip())) {
            String k = key(word);
            if (k.isEmpty()) {
                continue;
            }
            lead.append(k);
            keys.add(lead.toString());
            if (keys.size() == 8) {
                break;
            }
        }
        return keys;
    }

    /** The keys of a name and of each of its readings. */
    public Set<String> keys(String text, @Nullable String lang) {
        var keys = new LinkedHashSet<String>();
        var own = key(text);
        if (!own.isEmpty()) {
            keys.add(own);
        }
        for (String reading : of(text, lang)) {
            keys.add(key(reading));
        }
        return keys;
    }

    /**
     * The script that decides how a name is read: kana make it Japanese; otherwise Han, then
     * Cyrillic, then Latin, whichever occurs first in that order of precedence.
     */
    public static Script scriptOf(String text) {
        boolean han = false;
        boolean cyrillic = false;
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript script = UnicodeScript.of(cp);
            switch (script) {
                case HIRAGANA, KATAKANA -> {
                    return Script.JAPANESE;
                }
                case HAN -> han = true;
                case CYRILLIC -> cyrillic = true;
                case LATIN -> latin = true;
                default -> other = true;
            }
        }
        if (han) {
            return Script.HAN;
        }
        if (cyrillic) {
            return Script.CYRILLIC;
        }
        if (other) {
            return Script.OTHER;
        }
        return latin ? Script.LATIN : Script.NONE;
    }

    private void cyrillic(String text, String language, Set<String> out) {
        String bgn = switch (language) {
            case "uk" -> "Ukrainian-Latin/BGN";
            case "be" -> "Belarusian-Latin/BGN";
            case "bg" -> "Bulgarian-Latin/BGN";
            case "kk" -> "Kazakh-Latin/BGN";
            default -> "Russian-Latin/BGN";
        };
        add(out, byWord(bgn, text));
        add(out, byWord("Any-Latin", text));
    }

    private void chinese(String text, Set<String> out) {
        var syllables = new StringBuilder();
        var words = new StringBuilder();
        BreakIterator breaks = chineseWords.get();
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String segment = text.substring(start, end);
            String pinyin = cached("pinyin", segment, this::pinyin);
            syllables.append(' ').append(pinyin);
            words.append(' ').append(pinyin.replace(" ", ""));
        }
        String spaced = clean(syllables.toString());
        add(out, spaced);
        add(out, clean(words.toString()));
        add(out, spaced.replace(" ", ""));
    }

    private String pinyin(String segment) {
        if (segment.codePoints().noneMatch(cp -> UnicodeScript.of(cp) == UnicodeScript.HAN)) {
            return clean(fold(segment));
        }
        // Han-Latin is slow (tens of microseconds a character), hence the cache by word.
        String latin = transliterate("Han-Latin", segment);
        return clean(MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll(""));
    }

    private void japanese(String text, Set<String> out) {
        var words = new ArrayList<String>();
        try (var stream = japanese.tokenStream("reading", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var reading = stream.addAttribute(ReadingAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = term.toString();
                String kana = reading.getReading();
                String word;
                if (kana != null) {
                    word = romaji(kana);
                } else {
                    Script script = scriptOf(surface);
                    word = switch (script) {
                        case JAPANESE -> romaji(transliterate("Hiragana-Katakana", surface));
                        case HAN -> cached("pinyin", surface, this::pinyin).replace(" ", "");
                        default -> clean(fold(surface)).replace(" ", "");
                    };
                }
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (words.isEmpty()) {
            return;
        }
        String written = String.join(" ", words);
        String shortened = shortenLongVowels(written);
        String hepburn = shortened.replaceAll("n(?=[bmp])", "m");
        var forms = new LinkedHashSet<>(List.of(written, shortened, hepburn));
        // 日本 reads both ways; Kuromoji gives one of them.
        if (shortened.contains("nippon")) {
            forms.add(shortened.replace("nippon", "nihon"));
        }
        for (String form : forms) {
            add(out, form);
            add(out, form.replace(" ", ""));
        }
    }

    private String romaji(String katakana) {
        return cached("romaji", katakana, k -> {
            String latin = transliterate("Katakana-Latin", k);
            latin = APOSTROPHES.matcher(latin).replaceAll("");
            return clean(fold(latin)).replace(" ", "");
        });
    }

    /** Tōhoku as people type it: "touhoku" and "toohoku" read "tohoku", "tsuushin" reads "tsushin". */
    static String shortenLongVowels(String romaji) {
        return romaji.replace("ou", "o").replace("oo", "o").replace("uu", "u");
    }

    /** Transliterates word by word, caching each word's reading. */
    private String byWord(String id, String text) {
        var sb = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()) {
                sb.append(' ').append(cached(id, word, w -> {
                    String latin = APOSTROPHES.matcher(transliterate(id, w)).replaceAll("");
                    return clean(fold(latin));
                }));
            }
        }
        return clean(sb.toString());
    }

    private String cached(String cacheName, String key, Function<String, String> compute) {
        Map<String, String> cache = caches.computeIfAbsent(cacheName, n -> new ConcurrentHashMap<>());
        String value = cache.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(key, value);
            }
        }
        return value;
    }

    private String transliterate(String id, String text) {
        // ICU transliterators are not safe for concurrent use: one instance per thread.
        return transliterators.computeIfAbsent(id, i -> ThreadLocal.withInitial(() -> Transliterator.getInstance(i)))
                .get().transliterate(text);
    }

    private static String fold(String text) {
        return asciiFold(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    /** Lucene's folding, the same the analyzers apply: only Latin letters and symbols change. */
    private static String asciiFold(String s) {
        boolean ascii = s.chars().allMatch(c -> c < 0x80);
        if (ascii) {
            return s;
        }
        char[] in = s.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    /** Lower case, words of letters and digits separated by single spaces. */
    private static String clean(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static void add(Set<String> out, String reading) {
        if (!reading.isBlank()) {
            out.add(reading);
        }
    }
}
