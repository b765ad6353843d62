package org.liaison.ingest.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the agreements an article reports, signed, planned or discussed, with their parties.
 */
final class AgreementFacts extends ArticleStage {

    private static final Set<String> SIGNING_VERBS = Set.of("sign", "signs", "signed", "signing", "conclude",
            "concluded", "agreed", "agree", "agrees", "form", "formed", "made", "inked", "entered", "licenses",
            "invests", "invested", "establishing");
    private static final Pattern PLANNED_AGREEMENT = Pattern.compile(
            "\\b(will sign|plans? to sign|to sign|expected to sign|intends? to sign|will be signed|would sign|is to sign|are to sign|agreed to form|will form|plan to form)\\b");

    AgreementFacts(ArticleStage article) {
        super(article);
    }

    List<Extraction.Agreement> agreements() {
        var out = new ArrayList<Extraction.Agreement>();
        for (var s : sentences) {
            var p = agreementIn(s);
            if (p == null) {
                continue;
            }
            boolean verb = s.tokens.stream().anyMatch(x -> SIGNING_VERBS.contains(x.lower()))
                    || p.text().contains(" ") && (p.text().startsWith("made") || p.text().startsWith("form"));
            if (!verb) {
                continue;
            }
            String kind = p.kind();
            if (kind.equals("other") && (s.lower.contains("fund") || s.lower.contains("invest"))) {
                kind = "investment";
            }
            String status;
            if (PLANNED_AGREEMENT.matcher(s.lower).find() && !s.lower.contains(" signed")) {
                status = "planned";
            } else if (DISCUSSED.matcher(s.lower).find() && !s.lower.contains("signed")) {
                status = "under discussion";
            } else {
                status = "signed";
            }
            var parties = new ArrayList<String>();
            for (var r : refs(s)) {
                if (!r.secondary() && !parties.contains(r.org().name)) {
                    parties.add(r.org().name);
                }
            }
            if (parties.size() < 2) {
                for (var r : refs(s)) {
                    if (!parties.contains(r.org().name)) {
                        parties.add(r.org().name);
                    }
                }
            }
            if (parties.isEmpty()) {
                continue;
            }
            var date = s.dates.isEmpty() ? null : s.dates.getFirst();
            var a = new Extraction.Agreement(kind, parties, date == null ? null : date.text(),
                    date == null ? null : date.value(), status, s.span);
            mergeAgreement(out, a);
        }
        return out;
    }

    void mergeAgreement(List<Extraction.Agreement> list, Extraction.Agreement a) {
        for (int i = 0; i < list.size(); i++) {
            var o = list.get(i);
            if (o.kind().equals(a.kind()) && o.parties().stream().anyMatch(a.parties()::contains)) {
                var status = o.status().equals("signed") || a.status().equals("signed") ? "signed" : o.status();
                list.set(i, new Extraction.Agreement(o.kind(), union(o.parties(), a.parties()),
                        o.date() == null ? a.dateText() : o.dateText(), o.date() == null ? a.date() : o.date(),
                        status, o.sentence()));
                return;
            }
        }
        list.add(a);
    }
}
