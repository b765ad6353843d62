package org.liaison.access.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.liaison.access.internal.AccountPrincipal;
import org.liaison.access.internal.SecondFactorSessions;
import org.liaison.access.internal.SecondFactors;
import org.liaison.access.internal.Totp;
import org.liaison.shared.AllowedDuringMaintenance;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * The second factor's pages: the sign-in step (its POST is Spring Security's, see
 * {@code SecondFactorAuthentication}), and the account page to set up an authenticator app, get
 * new recovery codes or turn the second factor off. A user who must have one and has none comes
 * here right after the password; setting it up proves possession, so it completes the session.
 */
@Controller
class SecondFactorPagesController {

    static final String ISSUER = "Liaison";
    private static final String PENDING = SecondFactorPagesController.class.getName() + ".pending";

    private final SecondFactors factors;
    private final SecondFactorSessions sessions;

    SecondFactorPagesController(SecondFactors factors, SecondFactorSessions sessions) {
        this.factors = factors;
        this.sessions = sessions;
    }

    @GetMapping("/login/second-factor")
    String step(Authentication auth) {
        if (!SecondFactors.incomplete(auth)) {
            return "redirect:/";
        }
        if (!factors.enrolled(principal(auth).id())) {
            return "redirect:/account/second-factor";
        }
        return "access/second-factor";
    }

    @GetMapping("/account/second-factor")
    String account(Authentication auth, HttpSession session, Model model) {
        var me = principal(auth);
        boolean enrolled = factors.enrolled(me.id());
        if (enrolled && SecondFactors.incomplete(auth)) {
            return "redirect:/login/second-factor";
        }
        if (!enrolled) {
            return enrolment(me, session, model, null);
        }
        return status(me, model);
    }

    /** Starts over with a new authenticator (a full session only): shows a new secret to confirm. */
    @PostMapping("/account/second-factor/replace")
    String replace(Authentication auth, HttpSession session, Model model) {
        session.removeAttribute(PENDING);
        return enrolment(principal(auth), session, model, null);
    }

    /**
     * Confirms the new authenticator with its current code; shows the recovery codes once. Allowed
     * during maintenance: for an administrator who has not enrolled yet it is part of signing in,
     * and signing in keeps working so that someone can end the maintenance.
     */
    @AllowedDuringMaintenance
    @PostMapping("/account/second-factor")
    String confirm(Authentication auth, @RequestParam(defaultValue = "") String code, HttpSession session,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        var me = principal(auth);
        if (factors.enrolled(me.id()) && SecondFactors.incomplete(auth)) {
            return "redirect:/login/second-factor";
        }
        String secret = (String) session.getAttribute(PENDING);
        if (secret == null) {
            return enrolment(me, session, model, "access.second-factor.expired");
        }
        if (Totp.verify(secret, code, java.time.Instant.now(), -1).isEmpty()) {
            return enrolment(me, session, model, "access.second-factor.wrong-code");
        }
        var codes = factors.enrol(me.id(), secret);
        // the code just given is this step's: mark it used so it cannot also open the sign-in step
        factors.verify(me.id(), code.strip());
        session.removeAttribute(PENDING);
        sessions.complete(request, response);
        model.addAttribute("recoveryCodes", codes);
        model.addAttribute("enrolledNow", true);
        return status(me, model);
    }

    @PostMapping("/account/second-factor/recovery-codes")
    String newRecoveryCodes(Authentication auth, Model model) {
        var me = principal(auth);
        if (!factors.enrolled(me.id())) {
            return "redirect:/account/second-factor";
        }
        model.addAttribute("recoveryCodes", factors.newRecoveryCodes(me.id()));
        return status(me, model);
    }

    /** Turns the second factor off, with a current code; not for roles that require it. */
    @PostMapping("/account/second-factor/disable")
    String disable(Authentication auth, @RequestParam(defaultValue = "") String code, Model model) {
        var me = principal(auth);
        if (me.secondFactorRequiredByRole()) {
            model.addAttribute("problem", "access.second-factor.required");
            return status(me, model);
        }
        if (!factors.verify(me.id(), code)) {
            model.addAttribute("problem", "access.second-factor.wrong-code");
            return status(me, model);
        }
        factors.disable(me.id());
        return "redirect:/account/second-factor?disabled";
    }

    private String status(AccountPrincipal me, Model model) {
        model.addAttribute("enrolled", true);
        model.addAttribute("required", me.secondFactorRequiredByRole());
        model.addAttribute("unusedCodes", factors.unusedRecoveryCodes(me.id()));
        return "access/second-factor-account";
    }

    private String enrolment(AccountPrincipal me, HttpSession session, Model model, @Nullable String problem) {
        String secret = (String) session.getAttribute(PENDING);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(PENDING, secret);
        }
        String uri = Totp.uri(ISSUER, me.getUsername(), secret);
        model.addAttribute("enrolled", false);
        model.addAttribute("required", me.secondFactorRequiredByRole());
        model.addAttribute("secret", Totp.grouped(secret));
        model.addAttribute("otpauth", uri);
        model.addAttribute("qr", qrCode(uri));
        model.addAttribute("problem", problem);
        return "access/second-factor-account";
    }

    private static AccountPrincipal principal(Authentication auth) {
        return (AccountPrincipal) auth.getPrincipal();
    }

    /** The otpauth URI as a QR code, a PNG data URI (the CSP allows data: images). */
    static String qrCode(String text) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240,
                    Map.of(EncodeHintType.MARGIN, 2));
            var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
