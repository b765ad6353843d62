package org.liaison.fund.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.internal.FundService;
import org.liaison.fund.internal.RateService;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.UploadContent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Exchange rates: the list, a form to enter one, and the import of a CSV file (date,base,quote,rate). */
@Controller
class RatePagesController {

    private final RateService rates;
    private final FundService funds;

    RatePagesController(RateService rates, FundService funds) {
        this.rates = rates;
        this.funds = funds;
    }

    /** What was typed on the rate form. */
    record RateForm(String base, String quote, String date, String rate) {}

    @GetMapping("/funds/rates")
    String list(Model model) {
        model.addAttribute("rates", rates.list());
        model.addAttribute("canEnter", funds.canPropose());
        return "fund/rates";
    }

    @PostMapping("/funds/rates")
    String add(@RequestParam(defaultValue = "") String base, @RequestParam(defaultValue = "") String quote,
            @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String rate,
            RedirectAttributes redirect) {
        requireEnterer();
        var target = PageWrites.attempt(redirect, "/funds/rates", () -> rates.add(base.strip().toUpperCase(Locale.ROOT),
                quote.strip().toUpperCase(Locale.ROOT), FundFormsController.date(date), decimal(rate), "entered"));
        if (redirect.getFlashAttributes().containsKey("fundError")) {
            redirect.addFlashAttribute("rateForm", new RateForm(base, quote, date, rate));
        }
        return target;
    }

    @PostMapping("/funds/rates/import")
    String importCsv(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
        requireEnterer();
        return PageWrites.attempt(redirect, "/funds/rates", () -> {
            if (file == null || file.isEmpty()) {
                throw new RuleViolationException("file-required", "Choose a CSV file");
            }
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                UploadContent.require(file.getBytes(), file.getOriginalFilename(),
                        List.of(UploadContent.TEXT, UploadContent.CSV, UploadContent.TSV));
                redirect.addFlashAttribute("importResult", rates.importCsv(reader, "csv import: " + fileName(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void requireEnterer() {
        if (!funds.canPropose()) {
            throw new AccessDeniedException("Only administrators and cooperation managers enter rates");
        }
    }

    private static String fileName(MultipartFile file) {
        var name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload" : (name.length() > 150 ? name.substring(0, 150) : name);
    }

    static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException("invalid-rate", "Not a decimal rate: " + value);
        }
    }
}
