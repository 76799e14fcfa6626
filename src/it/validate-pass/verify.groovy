import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.count('[INFO] ADR log docs/adr: 3 ADRs, 0 errors, 0 warnings.') == 2
assert log.contains(':0.1.0-SNAPSHOT:validate (default) @ validate-pass') // Maven 3.9 prints the prefix, older ones the artifactId
assert log.contains(':0.1.0-SNAPSHOT:validate (default-cli) @ validate-pass')
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING] docs/adr')

def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.adrCount == 3
assert json.findings == []
return true
