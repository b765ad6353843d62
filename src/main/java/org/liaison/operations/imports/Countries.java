package org.liaison.operations.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Country codes from what people write: "JP", "jp", "Japan", "Япония", "日本". */
final class Countries {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        var languages = new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.SIMPLIFIED_CHINESE,
                Locale.TRADITIONAL_CHINESE, Locale.JAPANESE};
        for (var code : CODES) {
            var region = Locale.of("", code);
            for (var language : languages) {
                BY_NAME.putIfAbsent(ImportField.normalize(region.getDisplayCountry(language)), code);
            }
            BY_NAME.putIfAbsent(ImportField.normalize(region.getISO3Country()), code);
        }
        BY_NAME.put("russia", "RU");
        BY_NAME.put("usa", "US");
        BY_NAME.put("uk", "GB");
        BY_NAME.put("prc", "CN");
    }

    private Countries() {}

    static Optional<String> code(String value) {
        String v = value.strip();
        if (v.length() == 2 && CODES.contains(v.toUpperCase(Locale.ROOT))) {
            return Optional.of(v.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(BY_NAME.get(ImportField.normalize(v)));
    }
}
