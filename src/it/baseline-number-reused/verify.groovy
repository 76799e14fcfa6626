import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.readLines().findAll { it.startsWith('[ERROR] docs/') } == [
    '[ERROR] docs/adr/0002-use-memcached.md:1: [number-reused] Number 2 is already taken on main by' +
        ' docs/adr/0002-use-redis.md ("Use Redis for sessions"); renumber this ADR to 3, the next free number.',
]
def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.findings.collect { it.rule } == ['number-reused']
return true
