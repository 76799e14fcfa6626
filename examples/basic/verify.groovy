// Not part of the example: the plugin's own build runs this project (maven-invoker-plugin, execution "examples")
// and checks here that the README's example still passes with every ADR read.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] ADR log docs/adr: 4 ADRs, 0 errors, 0 warnings.')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.adrCount == 4 && json.findings == []
return true
