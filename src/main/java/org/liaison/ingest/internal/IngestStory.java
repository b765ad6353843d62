package org.liaison.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.shared.DemoDataContributor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The reference story's news item as the first document of the review queue, its facts proposed
 * and matched to the records the other modules' demo data created. Ingesting it again adds nothing.
 */
@Component
class IngestStory implements DemoDataContributor {

    static final String SEED = "ingest/skolkovo-china-japan.txt";


    private final IngestService ingest;

    IngestStory(IngestService ingest) {
        this.ingest = ingest;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public void contribute() {
        ViewerContext.run(Viewer.system("demo-ingest"),
                () -> ingest.ingest(seed(), LocalDate.of(2012, 5, 3), null, IngestDocument.Source.TEXT));
    }

    static String seed() {
        try (var in = new ClassPathResource(SEED).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
