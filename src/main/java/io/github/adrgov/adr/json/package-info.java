/**
 * JSON text written without a JSON library: the plugin's outputs ({@code validation.json}, {@code adrs.json}, SARIF)
 * are a few flat shapes, and a build that writes them should not load a data-binding framework to do it.
 */
package io.github.adrgov.adr.json;
