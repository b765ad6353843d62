package org.liaison.engagements.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.engagements.internal.BriefingPack;
import org.liaison.engagements.internal.BriefingPdf;
import org.liaison.engagements.internal.BriefingService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Json.BASE + "/engagements")
@Tag(name = "Engagements")
@ApiResponse(responseCode = "401", description = "No valid API token")
class BriefingApi {

    private final BriefingService briefings;
    private final BriefingPdf pdf;

    BriefingApi(BriefingService briefings, BriefingPdf pdf) {
        this.briefings = briefings;
        this.pdf = pdf;
    }

    @GetMapping(path = "/{id}/briefing", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The briefing pack of an engagement",
            description = "One part per partner organization taking part in the engagement or its meetings: profile, "
                    + "people met and their roles, engagement history, open follow-ups (staff only), and the blocks "
                    + "other modules add (relationship stage for staff; agreements). Texts are in the language of "
                    + "Accept-Language (en, ru, zh, ja). Only what the caller may see is included.")
    @ApiResponse(responseCode = "200", description = "The pack")
    @ApiResponse(responseCode = "404", description = "No such engagement, or not visible to the caller")
    BriefingPack briefing(@PathVariable UUID id) {
        return briefings.pack(id, LocaleContextHolder.getLocale());
    }

    @GetMapping("/{id}/briefing.pdf") // no "produces": the PDF is the answer whatever Accept says
    @Operation(summary = "The briefing pack of an engagement, as a PDF document",
            description = "The same pack as /briefing, rendered from the briefing page's template with embedded "
                    + "fonts for Latin, Cyrillic, Chinese and Japanese names.")
    @ApiResponse(responseCode = "200", description = "The PDF, as an attachment",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such engagement, or not visible to the caller",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> briefingPdf(@PathVariable UUID id) {
        var locale = LocaleContextHolder.getLocale();
        var pack = briefings.pack(id, locale);
        String name = BriefingPdf.fileName(pack.title());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.render(pack, locale));
    }
}
