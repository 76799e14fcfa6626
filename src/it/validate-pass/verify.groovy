import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] ADR log docs/adr: 3 ADRs, 0 errors, 0 warnings.')
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING] docs/adr')

def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.adrCount == 3
assert json.findings == []
return true
