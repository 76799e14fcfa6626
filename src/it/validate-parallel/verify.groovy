import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as thread-safe')
assert !log.contains('[ERROR]')
// each module's summary line names its module (the build has more than one project)
['alpha', 'beta', 'gamma', 'delta'].each { module ->
    assert log.count("[INFO] [${module}] ADR log docs/adr: 2 ADRs, 0 errors, 0 warnings.") == 1 : module
}
['alpha', 'beta', 'gamma', 'delta'].each { module ->
    def json = new JsonSlurper().parse(new File(basedir, "${module}/target/adr/validation.json"))
    assert json.adrCount == 2 : module
    assert json.findings == [] : module
}
// the parent only manages the plugin, so it validates nothing and warns about nothing
assert !log.contains('No ADR directory')
return true
