import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def expected = [
    '[ERROR] docs/adr/0002-log-with-the-platform-logger.md:3: [broken-supersession] Status says "Superseded by ADR-009", but there is no ADR-0009.',
    '[ERROR] docs/adr/0003-split-the-billing-module-out.md:1: [duplicate-number] Number 0003 is also used by docs/adr/0003-turn-features-on-with-flags.md; give one of them the next free number, 0005.',
    '[ERROR] docs/adr/0003-split-the-billing-module-out.md:1: [missing-section] Required section "Consequences" is missing (quick).',
    '[ERROR] docs/adr/0003-turn-features-on-with-flags.md:1: [duplicate-number] Number 0003 is also used by docs/adr/0003-split-the-billing-module-out.md; give one of them the next free number, 0005.',
    '[ERROR] docs/adr/0004-review-every-schema-change.md:3: [unknown-status] Status "Approved" is not in the vocabulary (proposed, accepted, rejected, deprecated, superseded, draft); add it with <extraStatuses> or fix the status.',
    '[ERROR] ADR log docs/adr: 5 ADRs, 5 errors, 0 warnings.',
    '[INFO] Findings written to target/adr/validation.json. To change a rule\'s severity or switch it off, configure the plugin with <rules><broken-supersession>off</broken-supersession></rules> (error, warning, info or off).',
]
// the finding lines, the summary and the hint come in this order, one after the other
def lines = log.readLines().findAll { it.startsWith('[ERROR] docs/') || it.startsWith('[ERROR] ADR log') || it.startsWith('[INFO] Findings') }
assert lines == expected
// the rules are documented in the plugin's site (project.url of the plugin's pom), not in a file of our repository
assert log.contains('[INFO] What each rule catches and how to fix it: https://adrgov.github.io/adr-maven-plugin/rules.html')
assert log.contains('on project validate-fail: ADR log docs/adr has 5 errors (5 ADRs, 5 errors, 0 warnings); the findings are listed above and in target/adr/validation.json.')

def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.adrCount == 5
assert json.findings.collect { "${it.file}:${it.line}:${it.rule}:${it.severity}" as String } == [
    'docs/adr/0002-log-with-the-platform-logger.md:3:broken-supersession:error',
    'docs/adr/0003-split-the-billing-module-out.md:1:duplicate-number:error',
    'docs/adr/0003-split-the-billing-module-out.md:1:missing-section:error',
    'docs/adr/0003-turn-features-on-with-flags.md:1:duplicate-number:error',
    'docs/adr/0004-review-every-schema-change.md:3:unknown-status:error',
]
assert json.findings[0].message == 'Status says "Superseded by ADR-009", but there is no ADR-0009.'
assert json.findings.every { it.line instanceof Integer }
return true
