package org.liaison.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.shared.RuleViolationException;

class PasswordPolicyTests {

    static final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void shipsAtLeastAThousandCommonPasswordsOfOurLanguagesBesideZxcvbnsLists() {
        assertThat(policy.commonPasswordCount()).isGreaterThanOrEqualTo(1000);
    }

    /** Not in the shipped list: found by zxcvbn's maintained lists and patterns alone. */
    @ParameterizedTest
    @ValueSource(strings = { "sunshine", "trustno1", "letmein!", "starwars1", "aaaaaaaaaa", "abcdefgh123",
            "zxcvbnm,./", "11111111", "19840101", "p@ssw0rd", "drowssap", "michael1990", "dragon2012" })
    void refusesWhatZxcvbnEstimatesUnderAMillionGuesses(String password) {
        assertThat(PasswordPolicy.guesses(password, "someone")).isLessThan(PasswordPolicy.MIN_GUESSES);
        assertRefused(password, "password-too-common");
    }

    @Test
    void theUsernameCountsAsAKnownWord() {
        assertThat(PasswordPolicy.guesses("hitachi-desk1", "hitachi-desk"))
                .isLessThan(PasswordPolicy.guesses("hitachi-desk1", "someone"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "       ", "short", "1234567", "清华大学研究" })
    void refusesPasswordsShorterThanEightCharacters(String password) {
        assertRefused(password, "password-too-short");
    }

    @ParameterizedTest
    @ValueSource(strings = { "password", "Password1", "PASSWORD123", "12345678", "qwertyuiop", "iloveyou",
            "1q2w3e4r", "woaini1314", "sakura123", "йцукен123", "ｐａｓｓｗｏｒｄ" })
    void refusesTheMostCommonPasswordsIgnoringCaseAndWidth(String password) {
        assertRefused(password, "password-too-common");
    }

    @Test
    void refusesThePasswordEqualToTheUsername() {
        assertThatThrownBy(() -> policy.check("japan-desk-42", "Japan-Desk-42"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("password-is-username"));
    }

    @Test
    void acceptsEightCharactersOfAnyScript() {
        assertThatCode(() -> policy.check("清华大学科技园区", "partner")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("Сколково!", "manager")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("correct horse", "manager")).doesNotThrowAnyException();
    }

    @Test
    void acceptsSixtyFourAndMoreCharactersOfAnyScript() {
        String chinese = "中关村科技园区与清华大学科技园合作".repeat(8); // 128 characters, 384 bytes of UTF-8
        String russian = "Фонд Сколково обсуждает сотрудничество с Китаем и Японией в 2012 году";
        String japanese = "日立製作所と東芝と日本電気と三菱との提携を求めて東京を訪問する".repeat(3);
        String mixed = "Skolkovo Сколково 清华大学 東北大学 — ".repeat(5);
        for (String password : new String[] { chinese, russian, japanese, mixed }) {
            assertThat(password.codePointCount(0, password.length())).isGreaterThanOrEqualTo(64);
            assertThatCode(() -> policy.check(password, "partner")).doesNotThrowAnyException();
        }
    }

    @Test
    void refusesMoreThanTheMaximumLength() {
        assertRefused("a".repeat(PasswordPolicy.MAX_LENGTH + 1), "password-too-long");
        String longest = "Skolkovo и Tsinghua 清华 東北 2012 " ;
        String exactly = (longest.repeat(20)).substring(0, PasswordPolicy.MAX_LENGTH);
        assertThatCode(() -> policy.check(exactly, "u")).doesNotThrowAnyException();
    }

    private static void assertRefused(String password, String code) {
        assertThatThrownBy(() -> policy.check(password, "someone"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
