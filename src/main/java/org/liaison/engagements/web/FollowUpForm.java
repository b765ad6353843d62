package org.liaison.engagements.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A follow-up added on an engagement's page: what, who (a user name; the one who adds it when blank), by when. */
record FollowUpForm(@Nullable @NotBlank @Size(max = 500) String title, @Nullable @Size(max = 100) String owner,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate) {

    FollowUpForm {
        title = title == null || title.isBlank() ? null : title.strip();
        owner = owner == null || owner.isBlank() ? null : owner.strip();
    }
}
