/**
 * The ADR logs of a multi-module build seen together: {@link io.github.adrgov.adr.reactor.ModuleLog} is one module's
 * validated log (paths relative to the reactor's root), {@link io.github.adrgov.adr.reactor.ReactorNumbers} checks
 * that numbers are unique across the logs ({@code adr.numberScope=reactor}) and
 * {@link io.github.adrgov.adr.reactor.ReactorGraph} joins the supersessions of every log into one graph that may cross
 * modules. Plain Java, no Maven types: the goals find the modules, this package reads nothing from Maven.
 */
package io.github.adrgov.adr.reactor;
