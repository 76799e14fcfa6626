package io.github.adrgov.adr.reactor;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One log made of every module's ADRs, for the reactor's supersession graph. Each ADR keeps its file, id, number and
 * status, its title is prefixed with its module's name ({@code orders: Use Postgres}), and its supersession links are rewritten so that the joined log resolves them exactly as the module's
 * own log did (by number inside that module), and a link the module's log could not resolve is tried once more as a
 * path from the reactor's root, which is how a decision in one module supersedes one in another
 * ({@code Superseded by [billing 2](../../../billing/docs/adr/0002-x.md)}). A number alone never crosses modules:
 * each module numbers its own log.
 */
public final class ReactorGraph {

    private ReactorGraph() {
    }

    /** The joined log, directory empty (paths are relative to the root). */
    public static AdrLog join(List<ModuleLog> modules) {
        List<Adr> all = new ArrayList<>();
        for (ModuleLog m : modules) {
            AdrLog log = m.result().log();
            for (Adr a : log.adrs()) {
                Adr.Builder b = Adr.builder(a.file()).id(a.id()).titleNumber(a.number())
                        .title(m.name() + ": " + a.title(), a.titleLine()).dialect(a.dialect());
                a.status().ifPresent(b::status);
                if (a.fileNumberText() != null) {
                    b.fileNumber(a.fileNumberText());
                }
                for (AdrLink l : a.links()) {
                    if (l.kind() != LinkKind.SUPERSEDED_BY && l.kind() != LinkKind.SUPERSEDES) {
                        continue;
                    }
                    List<Adr> inModule = log.resolve(a, l);
                    if (!inModule.isEmpty()) {
                        for (Adr t : inModule) {
                            b.link(l.kind(), l.text(), up(a.file()) + t.file(), null, l.line());
                        }
                    } else if (l.targetPath() != null && !l.targetPath().contains("://")
                            && !l.targetPath().startsWith("/")) {
                        b.link(l.kind(), l.text(), l.targetPath(), null, l.line());
                    }
                }
                all.add(b.build());
            }
        }
        return new AdrLog("", all, List.of(), List.of());
    }

    /** {@code ../} once per folder of the file's path, so that a path after it is read from the root. */
    private static String up(String file) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < file.length(); i++) {
            if (file.charAt(i) == '/') {
                sb.append("../");
            }
        }
        return sb.toString();
    }
}
