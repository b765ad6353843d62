package org.liaison.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date expressions resolved against a publication date, as precisely as the text allows. */
class DateResolverTests {

    @ParameterizedTest(name = "{1} published {0} is {2}")
    @CsvSource(delimiter = ';', value = {
            "2012-05-03; It happened last week.; 2012-04",
            "2024-02-09; It happened last week.; 2024-01",
            "2012-05-03; Signed last month.; 2012-04",
            "2012-05-03; Vekselberg visited Tokyo on April 26.; 2012-04-26",
            "2023-03-15; Signed on Monday.; 2023-03-13",
            "2023-03-15; They will meet on Monday.; 2023-03-20",
            "2013-06-17; Signed in Moscow on 14 June 2013.; 2013-06-14",
            "2022-06-01; It will be held on 21 September.; 2022-09-21",
            "2022-05-04; The agreement was signed in March.; 2022-03",
            "2013-03-18; They plan to sign it in June.; 2013-06",
            "2019-11-07; The graduation was yesterday.; 2019-11-06",
            "2023-11-20; It took place from 14 to 16 November.; 2023-11-14",
            "2021-04-08; It opened in 2019.; 2019",
            "2012-08-20; A mission will go to Moscow next month.; 2012-09"})
    void resolves(LocalDate published, String sentence, String expected) {
        var found = DateResolver.find(sentence, new Span(0, sentence.length()), published);

        assertThat(found).first().extracting(DateResolver.Found::value).isEqualTo(expected);
    }
}
