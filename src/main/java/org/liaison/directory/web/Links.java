package org.liaison.directory.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The addresses of the directory's pages. */
final class Links {

    private Links() {}

    static String organization(UUID id) {
        return "/directory/organizations/" + id;
    }

    static String person(UUID id) {
        return "/directory/people/" + id;
    }

    /** A GET address with its query, each value form-encoded ("C++" stays "C++"). */
    static String withQuery(String path, List<String[]> parameters) {
        var parts = new ArrayList<String>();
        for (String[] p : parameters) {
            if (p[1] != null && !p[1].isEmpty()) {
                parts.add(URLEncoder.encode(p[0], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(p[1], StandardCharsets.UTF_8));
            }
        }
        return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
    }
}
