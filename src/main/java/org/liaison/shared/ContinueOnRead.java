package org.liaison.shared;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers a client's {@code Expect: 100-continue} only when the application starts reading
 * the body ({@code continueResponseTiming=onRead}), not at once. A body the server refuses for its
 * declared length ({@link BodySizeLimitFilter}: a 25 MB document, a 3 MB JSON body) is then never
 * sent: the client gets the 413 and sends nothing. With Tomcat's default the client was invited to
 * send it all, the container closed the connection under it (it swallows at most 2 MB of an unread
 * body) and the client saw no answer at all (seen in {@code UploadLimitIntegrationTests}, session 6).
 */
@Component
class ContinueOnRead implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
    }
}
