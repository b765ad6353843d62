package org.liaison.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

class AdministratorPasswordTests {

    @Test
    void theOneTimePasswordIsRandomAndPassesThePolicy() {
        var policy = PasswordPolicy.standard();
        var seen = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            String password = AdministratorBootstrap.generatePassword();
            assertThat(password).hasSize(20).matches("[A-Za-z2-9]+");
            assertThatCode(() -> policy.check(password, "admin")).doesNotThrowAnyException();
            assertThat(seen.add(password)).isTrue();
        }
    }
}
