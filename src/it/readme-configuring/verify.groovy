import groovy.json.JsonSlurper

// the configuration of the README's snippet applies: the log in doc/decisions, "Contested" and "Sunsetting" are the team's
// words, nygard ADRs need no Consequences, and the gap at 0002 is not reported; so with failOnWarning the build passes
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] ADR log doc/decisions: 2 ADRs, 0 errors, 0 warnings.')
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING] doc/')
def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.adrCount == 2
assert json.findings == []
def adrs = new JsonSlurper().parse(new File(basedir, 'target/adr/adrs.json')).adrs
assert adrs.collect { "${it.number}:${it.status}:${it.statusText}" as String } ==
        ['1:proposed:Contested', '3:deprecated:Sunsetting']
return true
