package org.liaison.directory.internal;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 codes, as the JDK knows them. */
public final class Countries {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Countries() {}

    public static boolean isValid(String code) {
        return CODES.contains(code);
    }

    public static Set<String> all() {
        return CODES;
    }
}
