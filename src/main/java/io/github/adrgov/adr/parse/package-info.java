/** Reading ADR files into the model: directory scan, dialect detection, flexmark and YAML parsing. */
package io.github.adrgov.adr.parse;
