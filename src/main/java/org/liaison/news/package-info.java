/** News: items with sanitized rich text, topics in four languages, public pages, Atom feeds and a sitemap, scheduled publication, subscriptions with an in-app list and a daily digest. */
@NullMarked
package org.liaison.news;

import org.jspecify.annotations.NullMarked;
