import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] ADR baseline main at [0-9a-f]{10} \(3 ADRs\), merge base with HEAD [0-9a-f]{10} \(2 ADRs\)\./
assert log.contains('[INFO] ADR log docs/adr: 3 ADRs, 0 errors, 0 warnings.')
assert !log.contains('[ERROR]')
assert !log.contains('::error')

def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.adrCount == 3
assert json.findings == []
assert new File(basedir, 'target/adr/validation.sarif').isFile()
assert new File(basedir, 'target/adr/TEST-adr-validation.xml').text.contains('tests="3" failures="0"')
return true
