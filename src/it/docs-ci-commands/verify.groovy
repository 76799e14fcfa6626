import java.nio.file.FileSystems
import java.nio.file.Files

// The three mvn commands of docs/ci.md ran and passed: the branch adds an ADR to orders, nothing else changed.
def log = new File(basedir, 'build.log').text
assert log.count('[INFO] BUILD SUCCESS') == 3
assert !log.contains('BUILD FAILURE')
// runs 1 and 2 compared the log of each of the three projects with origin/main, where each had one ADR (the branch
// adds one to orders)
assert log.findAll(/\[INFO\] ADR baseline origin\/main at [0-9a-f]{10} \(1 ADR\), merge base with HEAD [0-9a-f]{10} \(1 ADR\)\./).size() == 6
assert log.findAll(/\[INFO\] \[orders\] ADR log docs\/adr: 2 ADRs, 0 errors, 0 warnings\./).size() == 3
// run 3, the GitLab multi-module snippet, has no baseline: under a pull request each project says which one to add
assert log.count("run with -Dadr.baseline=origin/main and a full clone") == 3

// Every file or folder that a snippet of docs/ci.md uploads, reports or keeps is there after the run. The paths are
// read from the guide itself (sarif_file, junit, testResults, pattern, path, the items of paths), globs included.
def guide = new File(basedir, '../../../docs/ci.md').text
def named = [] as LinkedHashSet
guide.eachLine { line ->
    def m = line =~ /^\s*(?:-\s+)?(?:sarif_file|junit|path):\s+'?([^'\s]+)'?\s*$/
    if (m) named << m[0][1]
    (line =~ /(?:testResults|pattern):\s*'([^']+)'/).each { named << it[1] }
    def item = line =~ /^\s+-\s+'?((?:\*\*\/)?[A-Za-z0-9_.\/*-]*target\/adr\/[^'\s]*)'?\s*$/
    if (item) named << item[0][1]
}
assert named.containsAll(['target/adr/validation.sarif', 'target/adr/TEST-adr-validation.xml',
        'orders/target/adr/validation.sarif', 'billing/target/adr/validation.sarif', '**/target/adr/*',
        '**/target/adr/TEST-adr-validation.xml', '**/target/adr/', 'target/adr/'])
def root = basedir.toPath()
def files = []
Files.walk(root).withCloseable { s -> s.each { files << root.relativize(it).toString().replace('\\', '/') + (Files.isDirectory(it) ? '/' : '') } }
named.each { String pattern ->
    // CI globs: '**/' may match no folder at all (GitHub, GitLab, Jenkins all read it so)
    def globs = [pattern]
    if (pattern.startsWith('**/')) globs << pattern.substring(3)
    def matchers = globs.collect { FileSystems.default.getPathMatcher('glob:' + it) }
    def hits = files.findAll { f -> matchers.any { it.matches(java.nio.file.Paths.get(f)) } || globs.contains(f) }
    assert hits : "docs/ci.md names ${pattern}, which the commands of the guide did not write"
}
// the multi-module globs find every module's files, the parent's included
def junits = files.findAll { it.endsWith('target/adr/TEST-adr-validation.xml') }.sort()
assert junits == ['billing/target/adr/TEST-adr-validation.xml', 'orders/target/adr/TEST-adr-validation.xml',
        'target/adr/TEST-adr-validation.xml']
return true
