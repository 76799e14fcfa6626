import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] ADR index docs/adr/README.md created (3 ADRs); model in target/adr/adrs.json')
assert log.contains('[INFO] ADR index docs/adr/README.md up to date (3 ADRs); model in target/adr/adrs.json')

def readme = new File(basedir, 'docs/adr/README.md').text
assert readme.startsWith('# Architecture Decision Records\n\n<!-- adr-index:start -->\n')
assert readme.contains('**3 ADRs**: 2 accepted, 1 superseded.\n')
assert readme.contains('| Number | Title | Status | Date |\n| --- | --- | --- | --- |\n'
        + '| 0001 | [Keep a decision log](0001-keep-a-decision-log.md) | Accepted | 2025-03-01 |\n'
        + '| 0002 | [Cache prices in a map \\| for now](0002-cache-with-a-map.md) | Superseded by [0003](0003-cache-in-redis.md) | 2025-03-04 |\n'
        + '| 0003 | [Cache prices in Redis](0003-cache-in-redis.md) | Accepted | 2025-03-20 |\n')
assert readme.endsWith('<!-- adr-index:end -->\n')

def json = new JsonSlurper().parse(new File(basedir, 'target/adr/adrs.json'))
assert json.adrCount == 3
assert json.adrs*.id == ['0001-keep-a-decision-log', '0002-cache-with-a-map', '0003-cache-in-redis']
def second = json.adrs[1]
assert second.file == 'docs/adr/0002-cache-with-a-map.md'
assert second.number == 2
assert second.title == 'Cache prices in a map | for now'
assert second.status == 'superseded'
assert second.date == '2025-03-04'
assert second.supersededBy == ['0003-cache-in-redis']
assert json.adrs[2].supersedes == ['0002-cache-with-a-map']
assert json.adrs[2].dialect == 'quick'
return true
