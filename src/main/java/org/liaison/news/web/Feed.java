package org.liaison.news.web;

/** An Atom feed a page advertises in its head: {@code <link rel="alternate" type="application/atom+xml">}. */
public record Feed(String href, String title) {}
