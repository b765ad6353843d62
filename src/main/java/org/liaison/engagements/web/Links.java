package org.liaison.engagements.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The addresses of the engagements' pages. */
final class Links {

    static final String LIST = "/engagements";
    static final String TASKS = "/my/tasks";

    private Links() {}

    static String engagement(UUID id) {
        return LIST + "/" + id;
    }

    /** A GET address with its query, each value form-encoded. */
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
