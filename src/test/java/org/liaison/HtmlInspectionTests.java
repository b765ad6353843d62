package org.liaison;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The XSS sweep's detector ({@link HtmlInspection}) is sharp: every payload of
 * {@code sweep/xss-payloads.txt}, planted raw (unescaped) in a page, is found in at least one of
 * four places — as text, in a double-quoted URL, a single-quoted and an unquoted attribute — except
 * the payloads in {@link #INERT}, each inert as markup for the reason given. The list cannot rot:
 * a listed payload that becomes detectable, or leaves the payload file, fails the test too.
 */
class HtmlInspectionTests {

    /** Payloads that run nothing when planted raw, with the reason. */
    static final Map<String, String> INERT = Map.ofEntries(
            entry("<a href=\"https://example.org\" target=\"_blank\">tabnabbing</a>",
                    "a plain link: browsers imply rel=noopener for target=_blank (Chrome 88, Firefox 79, Safari 12.1)"),
            entry("<a href=\"https://example.org/\" rel=\"opener\">opener</a>",
                    "a plain link: rel=opener matters only with a target that opens a new window, and it has none"),
            entry("<a href=\"https://example.org\" ping=\"https://evil.example/track\">ping</a>",
                    "a plain link: ping posts a beacon on click (connect-src 'self' refuses it), no script"),
            entry("<a href=\"https://example.org\" data-x=\"javascript:alert(1)\">data attribute</a>",
                    "a plain link: no script of ours reads data-x (data-*-url/-href/-src attributes are checked as URLs)"),
            entry("http://x/javascript:alert(1)", "a plain http link: javascript: is only in its path"),
            entry("[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
                    "template syntax: Thymeleaf inlines only in templates, never in the text it writes"),
            entry("__${T(java.lang.Runtime).getRuntime()}__::x",
                    "template syntax: Thymeleaf preprocessing works only in templates, never in the text it writes"),
            entry("{{constructor.constructor('alert(1)')()}}",
                    "template syntax of AngularJS: no client-side template engine runs in our pages"),
            entry("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "percent-encoded: HTML does not decode percent escapes, this is text"),
            entry("&lt;script&gt;alert(1)&lt;/script&gt;", "entity-escaped: the parser makes it text"),
            entry("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
                    "a JavaScript escape: text in HTML (there is no inline script that could decode it)"),
            entry("＜script＞alert(1)＜/script＞", "full-width look-alikes (U+FF1C/U+FF1E) are not '<' and '>': text"),
            entry("<scrİpt>alert(1)</scrİpt>",
                    "the dotted capital İ is not ASCII, and HTML lowercases only ASCII: an unknown element, not <script>"),
            entry("<a href=\"\\x01javascript:alert(1)\">escaped control</a>",
                    "a literal backslash, not a control character: a relative URL"),
            entry("<a href=\"%6A%61%76%61%73%63%72%69%70%74:alert(1)\">percent encoded</a>",
                    "browsers do not percent-decode a scheme, and % may not start one: a relative URL"),
            entry("<![CDATA[<script>alert(1)</script>]]>",
                    "outside SVG/MathML a CDATA section is a bogus comment up to the first '>', the rest text"),
            entry("<scr<script>ipt>alert(1)</scr</script>ipt>",
                    "a filter evasion (against stripping <script>): the parser reads one tag named scr<script, no <script>"),
            entry("<script<script>>alert(1)</script>",
                    "a filter evasion: the parser reads one tag named script<script, no <script>"),
            entry("<IMG SRC= onmouseover=\"alert('xxs')\">",
                    "the parser skips the space after SRC= and takes onmouseover=\"…\" as SRC's value: no handler"),
            entry("<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
                    "in a body that already holds content the parser ignores <frameset> and <frame> (and <frame> is foreign anyway)"));

    static final List<String> PAYLOADS;

    static {
        try {
            PAYLOADS = XssSweepIntegrationTests.payloads();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The four places a raw payload is planted. */
    static List<String> planted(String payload) {
        return List.of("<html><body><p>" + payload + "</p></body></html>",
                "<html><body><a href=\"" + payload + "\">x</a></body></html>",
                "<html><body><p title='" + payload + "'>y</p></body></html>",
                "<html><body><p class=" + payload + ">z</p></body></html>");
    }

    static boolean found(String payload) {
        return planted(payload).stream().anyMatch(page -> !HtmlInspection.findings(page).isEmpty());
    }

    @Test
    void findsEveryPayloadPlantedRawExceptTheInertOnes() {
        var missed = new TreeSet<String>();
        PAYLOADS.stream().filter(p -> !found(p)).forEach(missed::add);
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(150);
        assertThat(missed).as("payloads not found raw (found raw: %d of %d)", PAYLOADS.size() - missed.size(),
                PAYLOADS.size()).containsExactlyInAnyOrderElementsOf(INERT.keySet());
    }

    @Test
    void everyInertPayloadIsInThePayloadFile() {
        assertThat(PAYLOADS).containsAll(INERT.keySet());
    }

    @Test
    void thePlacesAreCleanWithoutAPayloadAndWithEscapedOnes() {
        planted("harmless text").forEach(page -> assertThat(HtmlInspection.findings(page)).as(page).isEmpty());
        assertThat(HtmlInspection.findings("<html><body><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
                + "<p title=\"&quot; hx-get=&quot;/admin&quot; style=&quot;x:expression(1)&quot;\">&amp;{x}</p>"
                + "<script src=\"/js/app.js\"></script></body></html>")).isEmpty();
    }

    @Test
    void htmxAttributesOfOurTemplatesPassAndOthersAreFound() {
        // forum/event.html: th:attr="hx-get=@{/forum/events/{id}/schedule(…)}" hx-trigger="every 1s" hx-target="#schedule" hx-swap="outerHTML"
        String own = "<div hx-get=\"/forum/events/7/schedule\" hx-trigger=\"every 1s\" hx-target=\"#schedule\" hx-swap=\"outerHTML\">";
        assertThat(HtmlInspection.findings(own)).isEmpty();
        assertThat(HtmlInspection.findings(own.replace("every 1s", "load"))).isNotEmpty();
        assertThat(HtmlInspection.findings(own.replace("/forum/events/7", "/admin/maintenance"))).isNotEmpty();
        assertThat(HtmlInspection.findings(own.replace("<div ", "<div hx-vals=\"js:{a:1}\" "))).isNotEmpty();
        assertThat(HtmlInspection.findings(own.replace(" hx-trigger=\"every 1s\"", ""))).as("a literal one missing").isNotEmpty();
        assertThat(HtmlInspection.findings(own.replace("<div ", "<span "))).isNotEmpty();
        assertThat(HtmlInspection.findings("<p data-hx-get=\"/forum\">")).isNotEmpty();
    }

    @Test
    void cssIsReadAsTheBrowserReadsIt() {
        assertThat(HtmlInspection.scriptCss("x:\\65 xpression(alert(1))")).isTrue();
        assertThat(HtmlInspection.scriptCss("xss:expr/*XSS*/ession(alert('XSS'))")).isTrue();
        assertThat(HtmlInspection.scriptCss("background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072"
                + "\\0069\\0070\\0074\\003a\\0061')")).isTrue();
        assertThat(HtmlInspection.scriptCss("behavior : url(xss.htc)")).isTrue();
        assertThat(HtmlInspection.scriptCss("font-family: Noto Sans, sans-serif; color: #333")).isFalse();
    }

    @Test
    void everyPlaceThatTakesAUrlIsChecked() {
        for (String page : List.of("<form action=\"java&#x09;script:alert(1)\"><button>x</button></form>",
                "<button formaction=\"&#x6A;avascript:alert(1)\">x</button>",
                "<svg><a xlink:href=\"javascript&colon;alert(1)\"><text>x</text></a></svg>",
                "<svg><animate attributeName=\"href\" values=\"javascript:alert(1)\"/></svg>",
                "<div data-progress-url=\" javascript:alert(1)\">x</div>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<iframe srcdoc=\"x\"></iframe>", "<p><!--[if IE]><b>x</b><![endif]--></p>")) {
            assertThat(HtmlInspection.findings(page)).as(page).isNotEmpty();
        }
        assertThat(HtmlInspection.findings("<div data-progress-url=\"/operations/imports/7/progress\">x</div>")).isEmpty();
    }

    @Test
    void scriptUrlsAreFoundAfterTheBrowsersCleanUp() {
        assertThat(HtmlInspection.scriptUrl(" \u000e java\tscript:alert(1)")).isTrue();
        assertThat(HtmlInspection.scriptUrl("`javascript:alert(1)`")).isTrue();
        assertThat(HtmlInspection.scriptUrl("data:image/png;base64,AAAA")).isFalse();
        assertThat(HtmlInspection.scriptUrl("/forum/events/7")).isFalse();
    }
}
