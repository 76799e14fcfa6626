/**
 * The site report of the ADR log: the index page (status counts, index table, supersession graph, findings) and one
 * page per ADR, written through Doxia Sink events. Markdown bodies are rendered with flexmark and sanitised with jsoup
 * before they reach a page; the graph is SVG built and escaped here. Knows the Doxia Sink and the reporting renderer
 * base class, nothing else of Maven.
 */
package io.github.adrgov.adr.report;
