package org.liaison.agreements.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Optional body of a transition: the date it takes effect (the signature date for sign); today when absent. */
record TransitionBody(@Nullable LocalDate date) {}
