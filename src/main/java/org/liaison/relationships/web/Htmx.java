package org.liaison.relationships.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What htmx tells about a request, so one handler answers with a page or a fragment of it. */
final class Htmx {

    private Htmx() {}

    /** True for an htmx request that wants a fragment; false for page loads and history restores. */
    static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"))
                && !"true".equals(request.getHeader("HX-Boosted"));
    }
}
