/** The access module's pages (sign-in, API tokens, password) and its API under {@code /api/v1/me}. */
@NullMarked
package org.liaison.access.web;

import org.jspecify.annotations.NullMarked;
