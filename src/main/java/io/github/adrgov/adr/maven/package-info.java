/**
 * The Maven goals: thin adapters that turn parameters into the core's request objects, call the core, and turn its
 * result into log lines, files and exceptions. The only package that imports Maven types (with the report renderer).
 */
package io.github.adrgov.adr.maven;
