package io.github.adrgov.adr.baseline;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.model.UnreadableFile;
import io.github.adrgov.adr.parse.AdrParser;
import io.github.adrgov.adr.parse.LogFiles;
import io.github.adrgov.adr.parse.ReadOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Reads the ADR log as it stands on a git ref (the baseline, e.g. {@code origin/main}) and on the merge base of that
 * ref and {@code HEAD}, straight from the object database with JGit: no {@code git} binary, no checkout. Files are
 * chosen and parsed exactly as on disk: the same include/exclude patterns, strict UTF-8, the same parser.
 *
 * <p>Stateless and thread-safe; each {@link #load} opens and closes the repository.
 */
public final class GitBaseline {

    /** Parses one file's text into an ADR; in production {@link AdrParser#parse}. */
    @FunctionalInterface
    public interface FileParser {
        Adr parse(String file, String id, String text);
    }

    private final LogFiles filter;
    private final FileParser parser;

    /** A baseline reader with the options used to read the log on disk. */
    public GitBaseline(ReadOptions options) {
        this(options, new AdrParser(options.statuses())::parse);
    }

    /** A baseline reader with its own parser (tests). */
    public GitBaseline(ReadOptions options, FileParser parser) {
        this.filter = new LogFiles(options);
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * Reads the baseline.
     *
     * @param baseDir the project base directory; file paths in the logs are relative to it
     * @param adrDir  the ADR directory (it need not exist on disk: the branch may have removed it)
     * @param ref     the baseline ref as the user wrote it ({@code origin/main}, a tag, a commit), or null/blank for
     *                none
     */
    public BaselineOutcome load(Path baseDir, Path adrDir, String ref) {
        return load(baseDir, adrDir, ref, null);
    }

    /**
     * Reads the baseline, reusing the parsed ADRs of the log on disk for files whose text is unchanged (most of them,
     * on a typical branch), so that a large log is not parsed three times.
     *
     * @param onDisk the log as read from the working tree, or null
     */
    public BaselineOutcome load(Path baseDir, Path adrDir, String ref, AdrLog onDisk) {
        BaselineOutcome none = BaselineOutcome.ifNotConfigured(ref);
        if (none != null) {
            return none;
        }
        String name = ref.trim();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(baseDir.toFile());
        if (builder.getGitDir() == null) {
            return BaselineOutcome.of(BaselineOutcome.Kind.NOT_A_REPOSITORY,
                    "ADR baseline '" + name + "' skipped: " + baseDir + " is not inside a git repository.");
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            return load(repo, baseDir, adrDir, name, onDisk);
        } catch (IOException | RuntimeException e) {
            return BaselineOutcome.of(BaselineOutcome.Kind.FAILED, "Cannot read the ADR baseline '" + name
                    + "' from the git repository at " + builder.getGitDir() + ": " + describe(e));
        }
    }

    private BaselineOutcome load(Repository repo, Path baseDir, Path adrDir, String ref, AdrLog onDisk)
            throws IOException {
        Path work;
        try {
            work = repo.getWorkTree().toPath().toRealPath();
        } catch (NoWorkTreeException e) {
            return BaselineOutcome.of(BaselineOutcome.Kind.NOT_A_REPOSITORY,
                    "ADR baseline '" + ref + "' skipped: the git repository at " + repo.getDirectory()
                            + " has no work tree.");
        }
        ObjectId baseId = resolve(repo, ref);
        if (baseId == null) {
            return BaselineOutcome.of(BaselineOutcome.Kind.REF_MISSING, refMissing(repo, ref));
        }
        ObjectId headId = resolve(repo, "HEAD");
        if (headId == null) {
            return BaselineOutcome.of(BaselineOutcome.Kind.FAILED, "Cannot compare with the ADR baseline '" + ref
                    + "': HEAD has no commit yet in " + work + ".");
        }
        Path base = baseDir.toAbsolutePath().normalize();
        Path adr = adrDir.toAbsolutePath().normalize();
        String baseRel = base.equals(adr) ? "" : slashes(base.relativize(adr).toString());
        Path adrReal = base.toRealPath().resolve(baseRel).normalize();
        if (!adrReal.startsWith(work)) {
            return BaselineOutcome.of(BaselineOutcome.Kind.FAILED, "Cannot compare with the ADR baseline '" + ref
                    + "': the ADR directory " + adr + " is outside the git work tree " + work + ".");
        }
        String repoRel = slashes(work.relativize(adrReal).toString());
        String modelDir = baseRel.startsWith("..") ? repoRel : baseRel;

        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit tip = walk.parseCommit(baseId);
            RevCommit head = walk.parseCommit(headId);
            RevCommit mergeBase = mergeBase(walk, head, tip);
            if (mergeBase == null) {
                return BaselineOutcome.of(BaselineOutcome.Kind.MERGE_BASE_MISSING, mergeBaseMissing(repo, ref));
            }
            Map<String, Adr> cache = new ConcurrentHashMap<>();
            AdrLog tipLog = readLog(repo, tip, repoRel, modelDir, cache, onDisk);
            AdrLog mergeBaseLog = mergeBase.equals(tip) ? tipLog
                    : readLog(repo, mergeBase, repoRel, modelDir, cache, onDisk);
            String tipShort = tip.abbreviate(10).name();
            String mbShort = mergeBase.abbreviate(10).name();
            String message = "ADR baseline " + ref + " at " + tipShort + " (" + plural(tipLog.size())
                    + "), merge base with HEAD " + mbShort + " (" + plural(mergeBaseLog.size()) + ").";
            return new BaselineOutcome(BaselineOutcome.Kind.LOADED,
                    new BaselineSnapshot(ref, tipLog, mergeBaseLog), message, tipShort, mbShort);
        }
    }

    private static ObjectId resolve(Repository repo, String ref) throws IOException {
        try {
            return repo.resolve(ref + "^{commit}");
        } catch (RevisionSyntaxException | MissingObjectException | IncorrectObjectTypeException e) {
            return null; // not a name of a commit here: said as a missing ref
        }
    }

    private static RevCommit mergeBase(RevWalk walk, RevCommit head, RevCommit tip) throws IOException {
        walk.reset();
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(head);
        walk.markStart(tip);
        try {
            return walk.next();
        } catch (MissingObjectException e) {
            return null;
        } finally {
            walk.reset();
            walk.setRevFilter(RevFilter.ALL);
        }
    }

    /** A file of the tree to parse: its path in the model, its id, its text, and the key of its blob. */
    private record Pending(String file, String id, String text, String key) {
    }

    private AdrLog readLog(Repository repo, RevCommit commit, String repoRel, String modelDir,
                           Map<String, Adr> cache, AdrLog onDisk) throws IOException {
        List<Adr> adrs = new ArrayList<>();
        List<UnreadableFile> unreadable = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, ObjectId> files = new TreeMap<>();
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(commit.getTree());
            tw.setRecursive(true);
            if (!repoRel.isEmpty()) {
                tw.setFilter(PathFilter.create(repoRel));
            }
            while (tw.next()) {
                String path = tw.getPathString();
                String inDir = repoRel.isEmpty() ? path : path.substring(repoRel.length() + 1);
                if (!filter.included(inDir)) {
                    continue;
                }
                FileMode mode = tw.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    skipped.add(join(modelDir, inDir));
                } else if (filter.excluded(inDir)) {
                    skipped.add(join(modelDir, inDir));
                } else {
                    files.put(inDir, tw.getObjectId(0));
                }
            }
        }
        List<String> notAdrs = new ArrayList<>();
        Map<String, String> candidates = LogFiles.classify(files.keySet(), notAdrs);
        for (String rel : notAdrs) {
            skipped.add(join(modelDir, rel));
        }
        List<Pending> pending = new ArrayList<>();
        for (Map.Entry<String, String> candidate : candidates.entrySet()) {
            String file = join(modelDir, candidate.getKey());
            ObjectId blob = files.get(candidate.getKey());
            String key = blob.name() + ":" + file;
            Adr cached = cache.get(key);
            if (cached != null) {
                adrs.add(cached);
                continue;
            }
            String text;
            try {
                text = decode(repo.open(blob).getBytes());
            } catch (CharacterCodingException e) {
                unreadable.add(new UnreadableFile(file, "binary or not valid UTF-8 (on " + commit.abbreviate(10).name()
                        + ")"));
                continue;
            } catch (IOException e) {
                unreadable.add(new UnreadableFile(file, describe(e)));
                continue;
            }
            Adr same = onDisk == null ? null : onDisk.byFile(file)
                    .filter(a -> a.id().equals(candidate.getValue()) && sameLines(a, text)).orElse(null);
            if (same != null) {
                cache.put(key, same);
                adrs.add(same);
            } else {
                pending.add(new Pending(file, candidate.getValue(), text, key));
            }
        }
        // parsing is the costly part: use every core, as the reader of the log on disk does
        List<Adr> parsed = pending.parallelStream().map(p -> {
            Adr adr = parser.parse(p.file(), p.id(), p.text());
            cache.put(p.key(), adr);
            return adr;
        }).toList();
        adrs.addAll(parsed);
        return new AdrLog(modelDir, adrs, unreadable, skipped);
    }

    /** Whether an ADR read from disk has exactly the lines of this text (so parsing the text would give it again). */
    private static boolean sameLines(Adr adr, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return adr.lines().equals(t.lines().toList());
    }

    private static String join(String dir, String inDir) {
        return dir.isEmpty() ? inDir : dir + "/" + inDir;
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new CharacterCodingException();
            }
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String refMissing(Repository repo, String ref) {
        String r = ref.startsWith("refs/remotes/") ? ref.substring("refs/remotes/".length()) : ref;
        Set<String> remotes = repo.getRemoteNames();
        int slash = r.indexOf('/');
        String fetch;
        if (slash > 0 && (ref.startsWith("refs/remotes/") || remotes.contains(r.substring(0, slash))
                || r.startsWith("origin/"))) {
            fetch = "git fetch " + r.substring(0, slash) + " " + r.substring(slash + 1);
        } else {
            fetch = "git fetch origin " + r;
        }
        return "The ADR baseline ref '" + ref + "' (adr.baseline) does not exist in this git clone, so the pre-merge"
                + " checks cannot compare with it. CI checkouts are often shallow or fetch one branch only: fetch the"
                + " target branch first (GitHub Actions: actions/checkout with 'fetch-depth: 0'; GitLab CI:"
                + " GIT_DEPTH: 0; or '" + fetch + "'). To go on without the baseline, set adr.baselineMissing=warn.";
    }

    private static String mergeBaseMissing(Repository repo, String ref) {
        boolean shallow;
        try {
            shallow = !repo.getObjectDatabase().getShallowCommits().isEmpty();
        } catch (IOException e) {
            shallow = false;
        }
        if (shallow) {
            return "HEAD and the ADR baseline '" + ref + "' have no common commit in this clone because it is"
                    + " shallow, so what this branch changed cannot be measured. Fetch the full history"
                    + " (GitHub Actions: actions/checkout with 'fetch-depth: 0'; GitLab CI: GIT_DEPTH: 0; or"
                    + " 'git fetch --unshallow'). To go on without the baseline, set adr.baselineMissing=warn.";
        }
        return "HEAD and the ADR baseline '" + ref + "' share no history (no merge base): name the branch this one"
                + " will be merged into. To go on without the baseline, set adr.baselineMissing=warn.";
    }

    private static String plural(int n) {
        return n + (n == 1 ? " ADR" : " ADRs");
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
