package org.liaison.forum.api;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.forum.internal.AgendaDocuments;
import org.liaison.forum.internal.ForumAgendas;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A participant's agenda as files: no "produces", the file is the answer whatever Accept says. */
@RestController
@Tag(name = "Forum")
class AgendaApi {

    private final ForumAgendas agendas;
    private final AgendaDocuments documents;

    AgendaApi(ForumAgendas agendas, AgendaDocuments documents) {
        this.agendas = agendas;
        this.documents = documents;
    }

    @GetMapping("/api/v1/forum/participants/{id}/agenda.pdf")
    @Operation(summary = "A participant's published agenda as a printable PDF, in the forum's time zone")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        var agenda = agendas.agenda(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(AgendaDocuments.fileName(agenda.participant().personName(), "pdf")).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(documents.pdf(agenda, locale));
    }

    @GetMapping("/api/v1/forum/participants/{id}/agenda.ics")
    @Operation(summary = "A participant's published agenda as iCalendar, in the forum's time zone")
    ResponseEntity<String> ics(@PathVariable UUID id, Locale locale) {
        var agenda = agendas.agenda(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(AgendaDocuments.fileName(agenda.participant().personName(), "ics")).build().toString())
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(documents.ics(agenda, locale));
    }
}
