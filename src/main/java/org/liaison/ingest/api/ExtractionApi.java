package org.liaison.ingest.api;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.ingest.extraction.Extraction;
import org.liaison.ingest.internal.ExtractionService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/ingest/extract}, exactly as {@code shared/contracts/extraction.md} says. Stores nothing. */
@RestController
@Tag(name = "Ingestion", description = "Facts from articles, the review queue and feeds")
class ExtractionApi {

    /** The contract's request: text (title on the first line), optional publication date, URL and format. */
    record ExtractBody(@Nullable String text, @Nullable LocalDate publishedAt, @Nullable String url,
            @Nullable String format) {
    }

    private final ExtractionService extraction;
    private final CurrentViewer viewer;

    ExtractionApi(ExtractionService extraction, CurrentViewer viewer) {
        this.extraction = extraction;
        this.viewer = viewer;
    }

    @PostMapping(path = "/api/v1/ingest/extract", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Extract facts from one article",
            description = "Organizations, people, events, agreements, funds and intents, each with the offsets of the "
                    + "sentence it came from (organizations and people: the offsets of every mention). format=html "
                    + "extracts the page's main content first. Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "The facts")
    @ApiResponse(responseCode = "400", description = "The body is not the contract's shape (text missing, unknown format, bad date)")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers extract")
    @ApiResponse(responseCode = "413", description = "More than 1 MiB of text")
    @ApiResponse(responseCode = "415", description = "The body is not JSON")
    Extraction extract(@RequestBody ExtractBody body) {
        var v = viewer.get();
        if (!(v.roles().contains(Role.ADMINISTRATOR) || v.roles().contains(Role.COOPERATION_MANAGER))) {
            throw new AccessDeniedException("Only administrators and cooperation managers extract facts");
        }
        if (body.text() == null) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST);
        }
        var format = body.format() == null ? "text" : body.format().strip().toLowerCase(Locale.ROOT);
        if (!format.equals("text") && !format.equals("html")) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST);
        }
        return extraction.extract(body.text(), body.publishedAt(), format.equals("html"));
    }
}
