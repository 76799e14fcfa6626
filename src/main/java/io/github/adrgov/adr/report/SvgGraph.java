package io.github.adrgov.adr.report;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.model.Supersessions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the supersession graph as inline SVG: no script, no external resource. Only ADRs that take part in a
 * supersession are drawn. Each connected group of ADRs gets its own band of rows, so arrows of one chain never cross
 * another's; inside a band, an ADR stands one column right of the latest ADR it superseded (cycles are cut in log
 * order). Every text and attribute value is XML-escaped here; the result is safe to pass to {@code Sink.rawText}.
 */
public final class SvgGraph {

    static final int NODE_W = 250;
    static final int NODE_H = 32;
    static final int GAP_X = 56;
    static final int GAP_Y = 10;
    static final int BAND_GAP = 18;
    static final int MARGIN = 8;
    static final int LEGEND_H = 30;
    static final int MAX_LABEL = 36;

    private static final Map<StatusCategory, String[]> COLOURS = new EnumMap<>(StatusCategory.class);

    static {
        // fill, stroke
        COLOURS.put(StatusCategory.ACCEPTED, new String[] {"#e8f5e9", "#2e7d32"});
        COLOURS.put(StatusCategory.PROPOSED, new String[] {"#e3f2fd", "#1565c0"});
        COLOURS.put(StatusCategory.SUPERSEDED, new String[] {"#eeeeee", "#616161"});
        COLOURS.put(StatusCategory.DEPRECATED, new String[] {"#fff3e0", "#e65100"});
        COLOURS.put(StatusCategory.REJECTED, new String[] {"#ffebee", "#c62828"});
        COLOURS.put(StatusCategory.DRAFT, new String[] {"#f3e5f5", "#6a1b9a"});
        COLOURS.put(StatusCategory.OTHER, new String[] {"#fafafa", "#9e9e9e"});
    }

    private SvgGraph() {
    }

    /** A placed node: column and row inside the whole drawing. */
    record Placed(Adr adr, int column, int row) {
        int x() {
            return MARGIN + column * (NODE_W + GAP_X);
        }
    }

    /** The SVG of the graph, or an empty string when no ADR supersedes another. */
    public static String render(AdrLog log, Supersessions sup, PageNames pages, ReportText text) {
        List<Adr> nodes = sup.involved(log);
        if (nodes.isEmpty()) {
            return "";
        }
        List<Supersessions.Pair> edges = new ArrayList<>(sup.pairs());
        edges.sort(Comparator.comparing(Supersessions.Pair::older, AdrLog.ORDER)
                .thenComparing(Supersessions.Pair::newer, AdrLog.ORDER));
        Layout layout = layout(nodes, edges);
        int width = MARGIN * 2 + Math.max(1, layout.columns) * (NODE_W + GAP_X) - GAP_X;
        width = Math.max(width, 7 * 110 + MARGIN * 2);
        int height = LEGEND_H + layout.height + MARGIN;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"adr-graph\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        sb.append("<title>").append(esc(text.get("graph.title"))).append("</title>\n");
        sb.append("<defs><marker id=\"adr-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
                + "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/>"
                + "</marker></defs>\n");
        legend(sb, text);
        Map<String, Placed> at = layout.placed;
        for (Supersessions.Pair e : edges) {
            Placed a = at.get(e.older().file());
            Placed b = at.get(e.newer().file());
            edge(sb, a, b, layout);
        }
        for (Adr adr : nodes) {
            node(sb, at.get(adr.file()), pages, text, layout);
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void legend(StringBuilder sb, ReportText text) {
        int x = MARGIN;
        for (StatusCategory c : StatusCategory.values()) {
            String[] col = COLOURS.get(c);
            sb.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"14\" height=\"14\" rx=\"3\" fill=\"")
                    .append(col[0]).append("\" stroke=\"").append(col[1]).append("\"/>");
            sb.append("<text x=\"").append(x + 19).append("\" y=\"19\" fill=\"#333\">")
                    .append(esc(Labels.category(c, text))).append("</text>\n");
            x += 110;
        }
    }

    private static int y(int row, Layout layout) {
        return LEGEND_H + layout.rowY.get(row);
    }

    private static void edge(StringBuilder sb, Placed a, Placed b, Layout layout) {
        int ay = y(a.row(), layout) + NODE_H / 2;
        int by = y(b.row(), layout) + NODE_H / 2;
        if (b.column() > a.column()) {
            int x1 = a.x() + NODE_W;
            int x2 = b.x();
            int mid = (x1 + x2) / 2;
            sb.append("<path d=\"M").append(x1).append(',').append(ay).append(" C").append(mid).append(',')
                    .append(ay).append(' ').append(mid).append(',').append(by).append(' ').append(x2).append(',')
                    .append(by).append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.4\" "
                            + "marker-end=\"url(#adr-arrow)\"/>\n");
        } else {
            // a backward edge (a cycle in the log): loop round the left side of both boxes, dashed
            int x1 = a.x();
            int x2 = b.x();
            int left = Math.min(x1, x2) - GAP_X / 2 + 4;
            sb.append("<path d=\"M").append(x1).append(',').append(ay).append(" C").append(left).append(',')
                    .append(ay).append(' ').append(left).append(',').append(by).append(' ').append(x2).append(',')
                    .append(by).append("\" fill=\"none\" stroke=\"#c62828\" stroke-width=\"1.4\" "
                            + "stroke-dasharray=\"4 3\" marker-end=\"url(#adr-arrow)\"/>\n");
        }
    }

    private static void node(StringBuilder sb, Placed p, PageNames pages, ReportText text, Layout layout) {
        Adr adr = p.adr();
        String[] col = COLOURS.get(adr.statusCategory());
        int x = p.x();
        int y = y(p.row(), layout);
        String full = Labels.plain(Labels.full(adr)) + " (" + Labels.status(adr, text) + ")";
        sb.append("<a href=\"").append(esc(pages.of(adr))).append("\">");
        sb.append("<title>").append(esc(full)).append("</title>");
        sb.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(NODE_W)
                .append("\" height=\"").append(NODE_H).append("\" rx=\"5\" fill=\"").append(col[0])
                .append("\" stroke=\"").append(col[1]).append("\" stroke-width=\"1.5\"/>");
        sb.append("<text x=\"").append(x + 8).append("\" y=\"").append(y + NODE_H / 2 + 4)
                .append("\" fill=\"#111\">").append(esc(truncate(Labels.plain(Labels.full(adr))))).append("</text>");
        sb.append("</a>\n");
    }

    static String truncate(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        if (t.codePointCount(0, t.length()) <= MAX_LABEL) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, MAX_LABEL - 1)).strip() + "\u2026";
    }

    /** Where each node goes. */
    static final class Layout {
        final Map<String, Placed> placed = new LinkedHashMap<>();
        final List<Integer> rowY = new ArrayList<>();
        int columns;
        int height;
    }

    static Layout layout(List<Adr> nodes, List<Supersessions.Pair> edges) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).file(), i);
        }
        int n = nodes.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<List<Integer>> succ = new ArrayList<>();
        List<List<Integer>> pred = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            succ.add(new ArrayList<>());
            pred.add(new ArrayList<>());
        }
        for (Supersessions.Pair e : edges) {
            int a = index.get(e.older().file());
            int b = index.get(e.newer().file());
            succ.get(a).add(b);
            pred.get(b).add(a);
            union(parent, a, b);
        }
        // components in order of their first node (nodes are in log order)
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        int[] layer = layers(n, succ, pred);
        Layout layout = new Layout();
        int row = 0;
        int y = MARGIN;
        int[] position = new int[n];
        for (List<Integer> comp : components.values()) {
            Map<Integer, List<Integer>> byLayer = new java.util.TreeMap<>();
            for (int i : comp) {
                byLayer.computeIfAbsent(layer[i], k -> new ArrayList<>()).add(i);
            }
            int rows = 0;
            for (Map.Entry<Integer, List<Integer>> l : byLayer.entrySet()) {
                List<Integer> members = l.getValue();
                // barycentre of the predecessors already placed, ties in log order
                double[] bary = new double[n];
                for (int i : members) {
                    double sum = 0;
                    int count = 0;
                    for (int p : pred.get(i)) {
                        if (layer[p] < layer[i]) {
                            sum += position[p];
                            count++;
                        }
                    }
                    bary[i] = count == 0 ? Double.MAX_VALUE : sum / count;
                }
                members.sort(Comparator.<Integer>comparingDouble(i -> bary[i]).thenComparingInt(i -> i));
                for (int k = 0; k < members.size(); k++) {
                    position[members.get(k)] = k;
                }
                rows = Math.max(rows, members.size());
                layout.columns = Math.max(layout.columns, l.getKey() + 1);
            }
            for (int r = 0; r < rows; r++) {
                layout.rowY.add(y + r * (NODE_H + GAP_Y));
            }
            for (int i : comp) {
                layout.placed.put(nodes.get(i).file(), new Placed(nodes.get(i), layer[i], row + position[i]));
            }
            row += rows;
            y += rows * (NODE_H + GAP_Y) - GAP_Y + BAND_GAP;
        }
        layout.height = y - BAND_GAP;
        return layout;
    }

    /** Longest-path layers by Kahn's algorithm; nodes caught in a cycle are released in log order. */
    static int[] layers(int n, List<List<Integer>> succ, List<List<Integer>> pred) {
        int[] layer = new int[n];
        int[] indeg = new int[n];
        for (int i = 0; i < n; i++) {
            indeg[i] = pred.get(i).size();
        }
        boolean[] done = new boolean[n];
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (indeg[i] == 0) {
                ready.add(i);
            }
        }
        int processed = 0;
        int next = 0;
        while (processed < n) {
            if (ready.isEmpty()) {
                while (done[next]) {
                    next++;
                }
                ready.add(next); // break a cycle at its first node in log order
                indeg[next] = 0;
            }
            int i = ready.poll();
            if (done[i]) {
                continue;
            }
            done[i] = true;
            processed++;
            for (int s : succ.get(i)) {
                if (!done[s]) {
                    layer[s] = Math.max(layer[s], layer[i] + 1);
                    if (--indeg[s] == 0) {
                        ready.add(s);
                    }
                }
            }
        }
        return layer;
    }

    private static int find(int[] parent, int i) {
        Deque<Integer> path = new ArrayDeque<>();
        while (parent[i] != i) {
            path.push(i);
            i = parent[i];
        }
        for (int p : path) {
            parent[p] = i;
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** XML escaping for text and attribute values. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
