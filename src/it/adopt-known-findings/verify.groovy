import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def ms = 'is missing (nygard: the adr-tools format, "# 1. Title" with a Date: line and a Status section; its required sections are set with <requiredSections><nygard>Status, Context, Decision, Consequences</nygard></requiredSections>).'

// 1. the log with debt fails; the summary counts per rule and names the one step for the largest group
assert log.contains('[ERROR] docs/adr/0002-use-postgres.md:1: [missing-section] Required section "Consequences" ' + ms)
assert log.contains('[ERROR] ADR log docs/adr: 3 ADRs, 3 errors, 1 warning.')
assert log.contains('[INFO] Findings by rule: missing-section 2, invalid-date 1, placeholder-text 1.')
assert log.contains("[INFO] To adopt the plugin on this log as it is, run mvn adr:suppress: it records today's 4 findings in docs/adr/.adr-known-findings.json (commit it), and the build then fails only on new ones.")
assert !log.contains('>off<')

// 2. adr:suppress records them; 3. validate passes and says so in one line
assert log.contains('[INFO] Recorded 4 known findings in 2 files in docs/adr/.adr-known-findings.json; commit it. adr:validate now fails only on findings beyond these.')
assert log.contains('[INFO] 4 known findings recorded in docs/adr/.adr-known-findings.json are not shown (mvn -X lists them).')

// 4. one is fixed; 5. validate says it can be dropped; 6. adr:suppress drops it
assert log.contains('[INFO] docs/adr/0002-use-postgres.md:3: [invalid-date] 25/02/2024 -> 2024-02-25')
assert log.contains('[INFO] 1 known finding is fixed; run mvn adr:suppress to drop it from the file.')
assert log.contains('[INFO] Recorded 3 known findings in 2 files in docs/adr/.adr-known-findings.json; commit it.')
assert log.count('BUILD SUCCESS') == 5

def known = new JsonSlurper().parse(new File(basedir, 'docs/adr/.adr-known-findings.json'))
assert known.count == 3
assert known.files.collect { it.file } == ['docs/adr/0002-use-postgres.md', 'docs/adr/0003-cache-prices.md']
assert known.files[1].findings.collect { "${it.rule}:${it.count}" as String } == ['missing-section:1', 'placeholder-text:1']
assert !new File(basedir, 'docs/adr/.adr-known-findings.json').text.contains('"line"')

// the last validate: nothing new in the JSON findings, the known ones listed apart, suppressed in SARIF
def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.findings == []
assert json.known.size() == 3
assert json.knownFixed == 1
def sarif = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.sarif'))
def results = sarif.runs[0].results
assert results.size() == 3
assert results.every { it.suppressions == [[kind: 'external', justification: 'Recorded as known in docs/adr/.adr-known-findings.json (mvn adr:suppress).']] }
def junit = new File(basedir, 'target/adr/TEST-adr-validation.xml').text
assert junit.contains('failures="0"')
assert !junit.contains('missing-section')
return true
