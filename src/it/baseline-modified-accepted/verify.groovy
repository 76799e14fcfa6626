import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def finding = 'docs/adr/0002-cache-prices-in-memory.md:11: [modified-accepted] This ADR was accepted when this branch' +
        ' left main and its text has changed: line 11 now reads "Each node keeps the week\'s prices in a map.".' +
        ' Accepted ADRs are not rewritten: undo the change and write a new ADR that supersedes this one.'
assert log.readLines().findAll { it.startsWith('[ERROR] docs/') } == ['[ERROR] ' + finding]
assert log =~ /\[INFO\] ADR baseline main at [0-9a-f]{10} \(2 ADRs\), merge base with HEAD [0-9a-f]{10} \(2 ADRs\)\./
// a GitHub Actions workflow command, at the start of its own line
assert log.readLines().contains('::error file=docs/adr/0002-cache-prices-in-memory.md,line=11,' +
        'title=ADR modified-accepted::This ADR was accepted when this branch left main and its text has changed:' +
        ' line 11 now reads "Each node keeps the week\'s prices in a map.". Accepted ADRs are not rewritten:' +
        ' undo the change and write a new ADR that supersedes this one.')

def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.findings.collect { "${it.file}:${it.line}:${it.rule}" as String } ==
        ['docs/adr/0002-cache-prices-in-memory.md:11:modified-accepted']

def sarif = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results[0]
assert sarif.runs[0].results.size() == 1
assert result.ruleId == 'modified-accepted'
assert result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'docs/adr/0002-cache-prices-in-memory.md'
assert result.locations[0].physicalLocation.region.startLine == 11
assert sarif.runs[0].tool.driver.rules[result.ruleIndex].id == 'modified-accepted'

def junit = new XmlSlurper().parse(new File(basedir, 'target/adr/TEST-adr-validation.xml'))
assert junit.@tests == '2'
assert junit.@failures == '1'
def failed = junit.testcase.find { it.@name == 'docs/adr/0002-cache-prices-in-memory.md' }
assert failed.failure.@type == 'modified-accepted'
assert junit.testcase.find { it.@name == 'docs/adr/0001-keep-a-decision-log.md' }.failure.size() == 0
return true
