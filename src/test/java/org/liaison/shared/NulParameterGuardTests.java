package org.liaison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The guard's rules on requests as Spring MVC hands them over: a NUL in a parameter, in a file
 * part's name or file name, or in a path variable (which the firewall keeps out over HTTP; the
 * guard holds if a path ever reaches a handler another way) is an invalid parameter; text without
 * one passes, and the error dispatch of a refusal made earlier is left alone.
 */
class NulParameterGuardTests {

    static final String NUL = "\u0000";
    final NulParameterGuard guard = new NulParameterGuard();
    final MockHttpServletResponse response = new MockHttpServletResponse();

    static MockMultipartFile file(String part, String name) {
        return new MockMultipartFile(part, name, "text/plain", "notes".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void cleanTextPasses() {
        var request = new MockMultipartHttpServletRequest();
        request.addParameter("title", "Matrix");
        request.addFile(file("file", "notes.txt"));
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("slug", "matrix-news"));
        assertThat(guard.preHandle(request, response, new Object())).isTrue();
    }

    @Test
    void aNulInAParameterIsRefused() {
        var request = new MockHttpServletRequest();
        request.addParameter("title", "Mat" + NUL + "rix");
        assertThatThrownBy(() -> guard.preHandle(request, response, new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNulInAFileNameIsRefused() {
        var request = new MockMultipartHttpServletRequest();
        request.addFile(file("file", "notes" + NUL + ".txt"));
        assertThatThrownBy(() -> guard.preHandle(request, response, new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file");
    }

    @Test
    void aNulInAFilePartsNameIsRefused() {
        var request = new MockMultipartHttpServletRequest();
        request.addFile(file("file", "notes.txt"));
        request.addFile(file("extra" + NUL, "more.txt"));
        assertThatThrownBy(() -> guard.preHandle(request, response, new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNulInAPathVariableIsRefused() {
        var request = new MockHttpServletRequest();
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("slug", "matrix" + NUL));
        assertThatThrownBy(() -> guard.preHandle(request, response, new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path variable");
    }

    @Test
    void theErrorDispatchIsLeftAlone() {
        var request = new MockHttpServletRequest();
        request.setDispatcherType(DispatcherType.ERROR);
        request.addParameter("title", "Mat" + NUL + "rix");
        assertThat(guard.preHandle(request, response, new Object())).isTrue();
    }
}
