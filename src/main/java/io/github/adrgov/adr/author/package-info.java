/**
 * Writing ADRs: the core of {@code adr:new}, {@code adr:supersede} and {@code adr:status}. {@link
 * io.github.adrgov.adr.author.LogStyle} reads how a log writes its ADRs (dialect, file names, number width, titles),
 * {@link io.github.adrgov.adr.author.NextNumber} finds the next free number, {@link
 * io.github.adrgov.adr.author.NewAdrText} fills the dialect's template or the team's own, and {@link
 * io.github.adrgov.adr.author.Authoring} plans each request as one {@link io.github.adrgov.adr.edit.ChangeSet}: every
 * check is made before anything is written, and every edit goes through {@link io.github.adrgov.adr.edit}.
 */
package io.github.adrgov.adr.author;
