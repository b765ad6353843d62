/**
 * The frame every page shares: the layout's navigation, the signed-in user, and the user
 * interface language (English, Russian, Chinese, Japanese) chosen with {@code ?lang=} and
 * remembered in a cookie.
 */
@NullMarked
package org.liaison.shared.web;

import org.jspecify.annotations.NullMarked;
