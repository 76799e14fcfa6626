package io.github.adrgov.adr.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, as {@code git diff} and {@code patch} read it: {@code ---}/{@code +++}
 * headers, {@code @@} hunks with three lines of context, {@code \ No newline at end of file} where a last line has no
 * ending. A line whose ending changed counts as changed. Used to show what a dry run would write.
 */
public final class UnifiedDiff {

    /** Above this many cells the middle of two texts is shown as replaced as a whole instead of a minimal diff. */
    private static final long MAX_CELLS = 4_000_000L;
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /**
     * The diff from {@code before} to {@code after}, or {@code ""} when they are the same lines.
     *
     * @param path   the file's path as shown in the headers (forward slashes), e.g. {@code docs/adr/0001-x.md}
     * @param before the old text, or null for a new file
     * @param after  the new text, or null for a deleted file
     */
    public static String of(String path, LineText before, LineText after) {
        List<LineText.Line> a = before == null ? List.of() : before.lines();
        List<LineText.Line> b = after == null ? List.of() : after.lines();
        boolean bomChanged = before != null && after != null && before.bom() != after.bom();
        if (a.equals(b) && !bomChanged) {
            return "";
        }
        List<int[]> ops = script(a, b);
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(before == null ? "/dev/null" : "a/" + path).append('\n');
        sb.append("+++ ").append(after == null ? "/dev/null" : "b/" + path).append('\n');
        if (bomChanged) {
            sb.append("# byte order mark ").append(after.bom() ? "added" : "removed").append('\n');
        }
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == 0) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < ops.size()) {
                if (ops.get(end)[0] != 0) {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            hunk(sb, ops.subList(start, end), a, b);
            i = end;
        }
        return sb.toString();
    }

    /** Edit script: {op, indexInA, indexInB} with op 0 = keep, -1 = delete, +1 = insert. */
    private static List<int[]> script(List<LineText.Line> a, List<LineText.Line> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
            pre++;
        }
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
            suf++;
        }
        List<int[]> ops = new ArrayList<>();
        for (int k = 0; k < pre; k++) {
            ops.add(new int[] {0, k, k});
        }
        int n = a.size() - pre - suf;
        int m = b.size() - pre - suf;
        if ((long) n * m > MAX_CELLS) {
            for (int k = 0; k < n; k++) {
                ops.add(new int[] {-1, pre + k, -1});
            }
            for (int k = 0; k < m; k++) {
                ops.add(new int[] {1, -1, pre + k});
            }
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    lcs[x][y] = a.get(pre + x).equals(b.get(pre + y))
                            ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < n || y < m) {
                if (x < n && y < m && a.get(pre + x).equals(b.get(pre + y))) {
                    ops.add(new int[] {0, pre + x++, pre + y++});
                } else if (y < m && (x == n || lcs[x][y + 1] >= lcs[x + 1][y])) {
                    ops.add(new int[] {1, -1, pre + y++});
                } else {
                    ops.add(new int[] {-1, pre + x++, -1});
                }
            }
        }
        for (int k = 0; k < suf; k++) {
            ops.add(new int[] {0, a.size() - suf + k, b.size() - suf + k});
        }
        return reorder(ops);
    }

    /** Within each run of changes, deletions first, then insertions, as diff tools print them. */
    private static List<int[]> reorder(List<int[]> ops) {
        List<int[]> out = new ArrayList<>(ops.size());
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == 0) {
                out.add(ops.get(i++));
                continue;
            }
            List<int[]> ins = new ArrayList<>();
            while (i < ops.size() && ops.get(i)[0] != 0) {
                if (ops.get(i)[0] < 0) {
                    out.add(ops.get(i));
                } else {
                    ins.add(ops.get(i));
                }
                i++;
            }
            out.addAll(ins);
        }
        return out;
    }

    private static void hunk(StringBuilder sb, List<int[]> ops, List<LineText.Line> a, List<LineText.Line> b) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        int aBefore = 0;
        int bBefore = 0;
        for (int[] op : ops) {
            if (op[0] <= 0) {
                if (aStart < 0) {
                    aStart = op[1];
                }
                aCount++;
            }
            if (op[0] >= 0) {
                if (bStart < 0) {
                    bStart = op[2];
                }
                bCount++;
            }
        }
        // an empty side names the line before it (0 at the start of the file)
        int[] first = ops.get(0);
        aBefore = aStart < 0 ? (first[1] >= 0 ? first[1] : lineBefore(ops, true)) : aStart + 1;
        bBefore = bStart < 0 ? (first[2] >= 0 ? first[2] : lineBefore(ops, false)) : bStart + 1;
        sb.append("@@ -").append(range(aBefore, aCount)).append(" +").append(range(bBefore, bCount)).append(" @@\n");
        for (int[] op : ops) {
            LineText.Line l = op[0] < 0 ? a.get(op[1]) : op[0] > 0 ? b.get(op[2]) : a.get(op[1]);
            sb.append(op[0] < 0 ? '-' : op[0] > 0 ? '+' : ' ').append(l.text()).append('\n');
            if (l.ending().isEmpty()) {
                sb.append("\\ No newline at end of file\n");
            }
        }
    }

    /** For a hunk with nothing on one side: the number of lines of that side before the hunk. */
    private static int lineBefore(List<int[]> ops, boolean sideA) {
        for (int[] op : ops) {
            int idx = sideA ? op[1] : op[2];
            if (idx >= 0) {
                return idx;
            }
        }
        return 0;
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }
}
