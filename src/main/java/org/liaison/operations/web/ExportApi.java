package org.liaison.operations.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.operations.export.ExportFormat;
import org.liaison.operations.export.Exports;
import org.liaison.shared.RuleViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every module's records as CSV, Excel or JSON, as the caller may see them. */
@RestController
@RequestMapping("/api/v1/export")
@Tag(name = "Operations")
class ExportApi {

    /** A dataset the caller may export, with the addresses of its three formats. */
    record DatasetJson(String module, String name, List<String> columns, String csv, String xlsx, String json) {}

    record ItemsJson<T>(List<T> items) {}

    private final Exports exports;

    ExportApi(Exports exports) {
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "The datasets the caller may export",
            description = "Fund deals and the ledger only for the committee and the fund's managers; nothing for a caller without any visible dataset.")
    ItemsJson<DatasetJson> list() {
        return new ItemsJson<>(exports.available().stream().map(d -> {
            String path = "/api/v1/export/" + d.module() + "/" + d.name() + "?format=";
            return new DatasetJson(d.module(), d.name(), d.columns(), path + "csv", path + "xlsx", path + "json");
        }).toList());
    }

    @GetMapping("/{module}/{dataset}")
    @Operation(summary = "Export a dataset",
            description = "Only the records the caller may see, the same as the module's own lists show. CSV is UTF-8 with a byte "
                    + "order mark (Excel opens Cyrillic and CJK), Excel is .xlsx, JSON an array of objects; all are streamed.")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(responseCode = "404", description = "No such dataset, or not one the caller may export")
    @ApiResponse(responseCode = "422", description = "An unknown format")
    void export(@PathVariable String module, @PathVariable String dataset,
            @RequestParam(defaultValue = "csv") @Parameter(description = "csv, xlsx or json") String format,
            HttpServletResponse response) throws IOException {
        var found = exports.require(module, dataset);
        var chosen = ExportFormat.of(format).orElseThrow(() -> new RuleViolationException("export-format",
                "The format must be csv, xlsx or json"));
        response.setContentType(chosen.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(found.module() + "-" + found.name() + "." + chosen.extension()).build().toString());
        exports.write(found, chosen, response.getOutputStream());
        response.flushBuffer();
    }
}
