def log = new File(basedir, 'build.log').text
def message = "The ADR baseline ref 'origin/main' (adr.baseline) does not exist in this git clone, so the pre-merge" +
        " checks cannot compare with it. CI checkouts are often shallow or fetch one branch only: fetch the target" +
        " branch first (GitHub Actions: actions/checkout with 'fetch-depth: 0'; GitLab CI: GIT_DEPTH: 0; or" +
        " 'git fetch origin main'). To go on without the baseline, set adr.baselineMissing=warn."
// first run: fails with the message, said once as an error line and once as the build failure
assert log.contains('[ERROR] ' + message)
assert log.contains(': ' + message)
assert log.contains('BUILD FAILURE')
// second run: warns and validates without the baseline
assert log.contains('[WARNING] ' + message + ' Validating without the baseline (adr.baselineMissing=warn).')
assert log.contains('[INFO] ADR log docs/adr: 1 ADR, 0 errors, 0 warnings.')
assert log.contains('BUILD SUCCESS')
// under GitHub Actions both are also workflow commands, at the start of a line, so the pull request shows them
def esc = { String m -> m.replace('%', '%25') }
assert log.readLines().contains('::error title=ADR baseline::' + esc(message))
assert log.readLines().contains('::warning title=ADR baseline::' + esc(message) + ' Validating without the baseline (adr.baselineMissing=warn).')
return true
