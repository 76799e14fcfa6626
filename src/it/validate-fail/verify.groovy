import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def expected = [
    '[ERROR] docs/adr/0002-log-with-the-platform-logger.md:3: [broken-supersession] Status says "Superseded by ADR-009", but there is no ADR-0009.',
    '[ERROR] docs/adr/0003-split-the-billing-module-out.md:1: [duplicate-number] Number 0003 is also used by docs/adr/0003-turn-features-on-with-flags.md; give one of them the next free number, 0005.',
    '[ERROR] docs/adr/0003-split-the-billing-module-out.md:1: [missing-section] Required section "Consequences" is missing (quick: the quick ADR template, "# ADR-001: Title" with one "**Status**: ... | **Date**: ..." line; its required sections are set with <requiredSections><quick>Context, Decision, Consequences</quick></requiredSections>).',
    '[ERROR] docs/adr/0003-turn-features-on-with-flags.md:1: [duplicate-number] Number 0003 is also used by docs/adr/0003-split-the-billing-module-out.md; give one of them the next free number, 0005.',
    '[ERROR] docs/adr/0004-review-every-schema-change.md:3: [unknown-status] Status "Contested" is not in the vocabulary (proposed, accepted, rejected, deprecated, superseded, draft); if it is the log\'s word for one of them, map it onto its category in the plugin configuration, <extraStatuses><contested>accepted</contested></extraStatuses>, or fix the status.',
    '[ERROR] ADR log docs/adr: 5 ADRs, 5 errors, 0 warnings.',
    '[INFO] Findings by rule: duplicate-number 2, broken-supersession 1, missing-section 1, unknown-status 1.',
    '[INFO] To adopt the plugin on this log as it is, run mvn adr:suppress: it records today\'s 5 findings in docs/adr/.adr-known-findings.json (commit it), and the build then fails only on new ones.',
    '[INFO] Findings written to target/adr/validation.json.',
]
// the finding lines, the summary, the count per rule and the one step for the largest group come in this order, one after the other
def lines = log.readLines().findAll { it.startsWith('[ERROR] docs/') || it.startsWith('[ERROR] ADR log') || it.startsWith('[INFO] Findings') || it.startsWith('[INFO] To adopt') }
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
