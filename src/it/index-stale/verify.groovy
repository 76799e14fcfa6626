def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] docs/adr/README.md:5: [stale-index] The ADR index is out of date (2 rows differ from the ADR files); run mvn adr:index to update it.')
assert log.contains('[INFO] ADR index docs/adr/README.md written (3 ADRs); model in target/adr/adrs.json')
assert log.contains('BUILD SUCCESS')

def readme = new File(basedir, 'docs/adr/README.md').text
assert readme.startsWith('# Decisions\n\nKept by `mvn adr:index`.\n\n<!-- adr-index:start -->\n')
assert readme.contains('| 0003 | [Cache prices in Redis](0003-cache-in-redis.md) | Accepted | 2025-03-20 |\n')
assert readme.endsWith('<!-- adr-index:end -->\n\nFooter written by hand.\n')
assert new File(basedir, 'target/adr/adrs.json').isFile()
return true
