def log = new File(basedir, 'build.log').text
// only the new problem is printed; the known ones are one line
def findingLines = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] docs\/adr\/.*/ }
assert findingLines == ['[ERROR] docs/adr/0004-sign-requests.md:7: [unknown-status] Status "Contested" is not in the vocabulary (proposed, accepted, rejected, deprecated, superseded, draft); if it is the log\'s word for one of them, map it onto its category in the plugin configuration, <extraStatuses><contested>accepted</contested></extraStatuses>, or fix the status.']
assert log.contains('[ERROR] ADR log docs/adr: 4 ADRs, 1 error, 0 warnings.')
assert log.contains('[INFO] 3 known findings recorded in docs/adr/.adr-known-findings.json are not shown (mvn -X lists them).')
assert log.contains('[INFO] Findings by rule: unknown-status 1.')
assert log.contains('[INFO] The largest group, unknown-status (1), is status words outside the vocabulary; if they are the log\'s own words for a stage of the lifecycle, map each onto its category (proposed, accepted, rejected, deprecated, superseded or draft) in the plugin configuration: <extraStatuses><contested>accepted</contested></extraStatuses>.')
assert log.contains('ADR log docs/adr has 1 error (4 ADRs, 1 error, 0 warnings); the findings are listed above and in target/adr/validation.json.')
assert !log.contains('known finding is fixed') && !log.contains('known findings are fixed')
return true
