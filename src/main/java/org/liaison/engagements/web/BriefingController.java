package org.liaison.engagements.web;

import java.util.UUID;

import org.liaison.engagements.internal.BriefingPdf;
import org.liaison.engagements.internal.BriefingService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An engagement's briefing pack as a page, and the same pack as a PDF download. */
@Controller
class BriefingController {

    private final BriefingService briefings;
    private final BriefingPdf pdf;

    BriefingController(BriefingService briefings, BriefingPdf pdf) {
        this.briefings = briefings;
        this.pdf = pdf;
    }

    @GetMapping(Links.LIST + "/{id}/briefing")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("pack", briefings.pack(id, LocaleContextHolder.getLocale()));
        return "engagements/briefing";
    }

    @GetMapping(Links.LIST + "/{id}/briefing.pdf")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        var locale = LocaleContextHolder.getLocale();
        var pack = briefings.pack(id, locale);
        return pdf(pdf.render(pack, locale), pack.title());
    }

    /** A PDF download named after the engagement. */
    static ResponseEntity<byte[]> pdf(byte[] body, String title) {
        String name = BriefingPdf.fileName(title);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
