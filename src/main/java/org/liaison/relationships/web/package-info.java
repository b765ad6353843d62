/**
 * The relationships' pages: the board (one column per stage, cards moved with htmx), the sortable
 * table, a relationship's page (stage, owner, next step, history, strength, introduction paths)
 * and the coverage of countries with its charts.
 */
@NullMarked
package org.liaison.relationships.web;

import org.jspecify.annotations.NullMarked;
