package org.liaison.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The main content of a page, without navigation, banners and page furniture. */
class MainContentTests {

    static final String PAGE = """
            <!doctype html>
            <html><head><title>Skolkovo news</title><script>alert(1)</script></head>
            <body>
              <header class="site-header"><a href="/">Home</a> | <a href="/about">About us</a></header>
              <nav><ul><li>Incubators</li><li>Accelerators</li></ul></nav>
              <div class="cookie-banner">We use cookies. Accept all cookies</div>
              <div id="content">
                <article>
                  <h1>Skolkovo to develop cooperation with China and Japan</h1>
                  <p>Skolkovo, the state-sponsored innovation hub nearing completion outside of Moscow, is seeking to
                     extend its cooperation with China.</p>
                  <p>In a related note, last month, Skolkovo signed a memorandum of understanding with the
                     Tsinghua University’s Torch technopark.</p>
                  <div class="share-buttons">Share this: Facebook Twitter</div>
                </article>
                <aside class="sidebar">Related posts</aside>
              </div>
              <a class="scroll-to-top" href="#">Scroll to Top</a>
              <div class="maintenance-banner">This site is under maintenance. Sorry for the inconvenience.</div>
              <footer>© 2012 Skolkovo</footer>
            </body></html>
            """;

    @Test
    void keepsTheArticleWithItsTitleFirstAndDropsEverythingAroundIt() {
        var text = MainContent.of(PAGE, "https://example.org/");

        assertThat(text.lines().findFirst()).hasValue("Skolkovo to develop cooperation with China and Japan");
        assertThat(text).contains("is seeking to extend its cooperation with China.")
                .contains("Skolkovo signed a memorandum of understanding with the Tsinghua University’s Torch technopark.");
        assertThat(text).doesNotContain("Scroll to Top", "maintenance", "cookies", "Share this", "Related posts",
                "Incubators", "About us", "alert", "©");
    }

    @Test
    void withoutAnArticleElementTakesTheBlockWithTheMostParagraphText() {
        var text = MainContent.of("""
                <html><body><div class="menu"><p>Home</p></div>
                <div><p>Nordvik Science Park signed a memorandum of understanding with the Baltic Robotics Institute.</p>
                <p>The memorandum covers joint laboratories.</p></div>
                <div><p>Short</p></div></body></html>""", "");

        assertThat(text).contains("Nordvik Science Park signed").contains("joint laboratories").doesNotContain("Home");
    }
}
