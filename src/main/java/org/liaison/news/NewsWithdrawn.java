package org.liaison.news;

/** Published when a published news item is withdrawn from the public pages and feeds. */
public record NewsWithdrawn(NewsItemId item, String slug) {}
