package org.liaison.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST and the sign-out. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "access/login";
    }
}
