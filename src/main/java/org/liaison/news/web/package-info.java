/** The news' pages: public lists, items, feeds and the sitemap; the newsroom of editors; following and what is new. */
@NullMarked
package org.liaison.news.web;

import org.jspecify.annotations.NullMarked;
