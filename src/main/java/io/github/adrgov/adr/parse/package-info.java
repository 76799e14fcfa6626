/**
 * Reading ADR files into the model. {@link io.github.adrgov.adr.parse.LogReader} scans the ADR directory (globs,
 * folder-style ADRs, strict UTF-8) and parses files in parallel with {@link io.github.adrgov.adr.parse.AdrParser},
 * which detects the dialect per file and reads title, number, status, date, fields, sections and links with flexmark
 * (structure, code fences, links) and snakeyaml-engine (front matter, loaded safely).
 */
package io.github.adrgov.adr.parse;
