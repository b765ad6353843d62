/**
 * The directory's pages: the start page, the searchable list, organization and person pages
 * with the panels other modules add, and the forms that create, change and merge records.
 */
@NullMarked
package org.liaison.directory.web;

import org.jspecify.annotations.NullMarked;
