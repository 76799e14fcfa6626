import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] The log has no ADR yet, so the new one uses the seed\'s full template.')
assert log.contains('[INFO] Wrote docs/adr/0001-use-kafka-for-domain-events.md')
assert log.contains('[INFO] adr:validate finds nothing new in the files written.')
def adr = new File(basedir, 'docs/adr/0001-use-kafka-for-domain-events.md')
assert adr.text.readLines().take(5) == ['# ADR-001: Use Kafka for domain events', '', '**Date**: 2026-03-04',
    '**Status**: Proposed', '**Deciders**: not named yet']
assert new File(basedir, 'docs/adr').list().toList() == ['0001-use-kafka-for-domain-events.md']
def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.adrCount == 1
assert json.findings == []
assert !log.contains('[WARNING]')
return true
