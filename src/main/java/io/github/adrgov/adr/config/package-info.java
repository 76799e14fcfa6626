/** What the core is told by its caller: vocabulary, required sections, numbering, severities. No Maven types. */
package io.github.adrgov.adr.config;
