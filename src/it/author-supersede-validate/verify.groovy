import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Wrote docs/adr/0003-give-orders-their-own-database.md')
assert log.contains('[INFO] Updated docs/adr/0002-store-orders-in-the-shared-database.md')
assert log.contains('[INFO] Updated docs/adr/README.md')
assert log.contains('[INFO] adr:validate finds nothing new in the files written.')
assert !log.contains('[WARNING]')
def old = new File(basedir, 'docs/adr/0002-store-orders-in-the-shared-database.md').bytes
def expected = ('# ADR-002: Store orders in the shared database\r\n\r\n**Date**: 2025-01-12\r\n'
    + '**Status**: Superseded by ADR-003\r\n**Deciders**: Platform team\r\n\r\n## Context\r\n\r\n'
    + 'The first release is close.\r\n\r\n## Decision Drivers\r\n\r\n- Ship soon\r\n\r\n## Considered Options\r\n\r\n'
    + '1. A table in the shared database\r\n2. A database of its own\r\n\r\n## Decision\r\n\r\n'
    + 'One table in the shared database.\r\n\r\n## Rationale\r\n\r\nNothing new to run.\r\n\r\n## Consequences\r\n\r\n'
    + 'Schema changes need other teams.').getBytes('UTF-8')
assert old == expected
def created = new File(basedir, 'docs/adr/0003-give-orders-their-own-database.md').text
assert created.startsWith('# ADR-003: Give orders their own database\r\n\r\n**Date**: 2026-03-04\r\n**Status**: Accepted\r\n')
assert created.endsWith('## Related Decisions\r\n\r\n- Supersedes ADR-002\r\n')
def index = new File(basedir, 'docs/adr/README.md').text
assert index.startsWith('# Architecture decisions\n\nWritten by hand above the markers.\n\n<!-- adr-index:start -->\n')
assert index.contains('Give orders their own database')
def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.adrCount == 3
assert json.findings == []
return true
