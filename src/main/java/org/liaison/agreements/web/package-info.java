/** The agreements' pages, navigation link and organization-page panel. */
@NullMarked
package org.liaison.agreements.web;

import org.jspecify.annotations.NullMarked;
