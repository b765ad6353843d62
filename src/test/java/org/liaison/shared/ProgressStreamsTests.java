package org.liaison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The shared progress stream over a real MVC dispatch: what it sends, when it ends. */
class ProgressStreamsTests {

    record State(String step) {}

    @RestController
    static class Progress {
        final ProgressStreams streams;
        final ProgressStreams.Poll poll;

        Progress(ProgressStreams streams, ProgressStreams.Poll poll) {
            this.streams = streams;
            this.poll = poll;
        }

        @GetMapping("/progress")
        SseEmitter progress() {
            return streams.open(poll);
        }
    }

    final ProgressStreams streams = new ProgressStreams();

    @AfterEach
    void stop() {
        streams.destroy();
    }

    /** Answers the updates in order, then keeps answering the last one. */
    static ProgressStreams.Poll sequence(List<ProgressStreams.Update> updates, AtomicInteger polls) {
        var left = new ConcurrentLinkedDeque<>(updates);
        return () -> {
            polls.incrementAndGet();
            return left.size() > 1 ? left.poll() : left.peek();
        };
    }

    MvcResult follow(ProgressStreams.Poll poll) throws Exception {
        var mvc = MockMvcBuilders.standaloneSetup(new Progress(streams, poll)).build();
        var result = mvc.perform(get("/progress")).andExpect(request().asyncStarted()).andReturn();
        result.getAsyncResult(Duration.ofSeconds(30).toMillis());
        return result;
    }

    @Test
    void sendsAStateOnlyWhenItChangedAndEndsAfterTheLastUpdate() throws Exception {
        var polls = new AtomicInteger();
        var result = follow(sequence(List.of(
                new ProgressStreams.Update(new State("a"), "1", false),
                new ProgressStreams.Update(new State("a"), "1", false),
                new ProgressStreams.Update(new State("b"), "2", false),
                new ProgressStreams.Update(new State("b"), "2", false),
                new ProgressStreams.Update(new State("done"), null, true)), polls));

        assertThat(result.getResponse().getContentAsString()).isEqualTo("""
                event:progress
                data:{"step":"a"}

                event:progress
                data:{"step":"b"}

                event:progress
                data:{"step":"done"}

                """);
        assertThat(polls.get()).isEqualTo(5);
    }

    @Test
    void aLastUpdateWithAnUnchangedSignatureEndsTheStreamWithoutSendingItAgain() throws Exception {
        var result = follow(sequence(List.of(
                new ProgressStreams.Update(new State("running"), "same", false),
                new ProgressStreams.Update(new State("finished"), "same", true)), new AtomicInteger()));

        assertThat(result.getResponse().getContentAsString()).isEqualTo("""
                event:progress
                data:{"step":"running"}

                """);
    }

    @Test
    void nothingToFollowEndsTheStreamWithoutAnEvent() throws Exception {
        var result = follow(() -> null);

        assertThat(result.getResponse().getContentAsString()).isEmpty();
    }

    @Test
    void aFailingPollIsAskedAgainOnTheNextTick() throws Exception {
        var polls = new AtomicInteger();
        var result = follow(() -> {
            if (polls.incrementAndGet() < 3) {
                throw new IllegalArgumentException("the database is away");
            }
            return new ProgressStreams.Update(new State("back"), null, true);
        });

        assertThat(result.getResponse().getContentAsString()).isEqualTo("""
                event:progress
                data:{"step":"back"}

                """);
        assertThat(polls.get()).isEqualTo(3);
    }

    @Test
    void aClientThatWentAwayStopsThePolling() throws Exception {
        var polls = new AtomicInteger();
        var mvc = MockMvcBuilders.standaloneSetup(new Progress(streams,
                sequence(List.of(new ProgressStreams.Update(new State("running"), "1", false)), polls))).build();
        var result = mvc.perform(get("/progress")).andExpect(request().asyncStarted()).andReturn();
        await().atMost(Duration.ofSeconds(30)).until(() -> polls.get() >= 2);

        result.getRequest().getAsyncContext().complete();
        int afterCompletion = polls.get();

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> polls.get() <= afterCompletion + 1);
    }
}
