package org.liaison.forum.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.forum.api.Bodies.ItemsJson;
import org.liaison.forum.internal.ForumBooths;
import org.liaison.forum.internal.Views.BoothChange;
import org.liaison.forum.internal.Views.BoothView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The booths of a brokerage event: who holds which, assigned and taken away by organisers. */
@RestController
@RequestMapping(path = "/api/v1/forum", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Forum")
class BoothApi {

    private final ForumBooths booths;

    BoothApi(ForumBooths booths) {
        this.booths = booths;
    }

    record BoothBody(@Nullable @Size(max = 32) String booth) {}

    @GetMapping("/events/{id}/booths")
    @Operation(summary = "The event's booths and their holders, by booth name (staff)")
    ItemsJson<BoothView> booths(@PathVariable UUID id) {
        return new ItemsJson<>(booths.booths(id));
    }

    @PutMapping(path = "/participants/{id}/booth", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give a participant a booth, or take it away (booth null or blank); organisers",
            description = "A booth has one holder per event. The participant's placed meetings move to the table its booth "
                    + "now calls for (the booth, or a free shared table in the same slot; with none free the meeting is "
                    + "taken out of the schedule): the answer says how many moved and how many were taken out.")
    @ApiResponse(responseCode = "422", description = "The booth is held by another participant (forum.booth-taken), "
            + "or its name is a shared table's (forum.booth-name)")
    BoothChange assign(@PathVariable UUID id, @Valid @RequestBody BoothBody body) {
        return booths.assign(id, body.booth());
    }
}
