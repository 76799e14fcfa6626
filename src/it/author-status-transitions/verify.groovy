import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Updated docs/adr/0001-use-a-message-broker.md')
assert log.contains('[ERROR] Failed to execute goal io.github.adrgov:adr-maven-plugin:')
assert log.contains('docs/adr/0001-use-a-message-broker.md: status accepted may not become proposed (allowed: '
    + 'deprecated, superseded; the table of illegal-status-transition, adr.statusTransitions). Nothing was written.')
def text = new File(basedir, 'docs/adr/0001-use-a-message-broker.md').text
assert text.readLines().take(5) == ['---', 'status: accepted', 'date: 2024-06-01', 'decision-makers: Platform team', '---']
assert text.endsWith('Chosen option: a message broker, because it decouples failures.\n')
def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.findings == []
assert !log.contains('[WARNING]')
return true
