def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] docs/adr/0001-use-postgres.md:7: [superseded-still-active] Accepted -> Superseded by [2. Use mysql](0002-use-mysql.md)')
assert log.contains('[INFO] docs/adr/0003-cache-prices.md:3: [invalid-date] March 7th, 2024 -> 2024-03-07')
assert log.contains('[INFO] adr:fix made 2 changes in 2 files; review them with git diff.')
assert log.contains('[INFO] ADR log docs/adr: 3 ADRs, 0 errors, 0 warnings.')
assert log.count('BUILD SUCCESS') == 2

def expected = '# 1. Use postgres\n\nDate: 2024-01-10\n\n## Status\n\nSuperseded by [2. Use mysql](0002-use-mysql.md)\n\n## Context\n\nWe need it.\n\n## Decision\n\nWe do it.\n\n## Consequences\n\nIt is done.\n'
assert new File(basedir, 'docs/adr/0001-use-postgres.md').text == expected
assert new File(basedir, 'docs/adr/0003-cache-prices.md').text.startsWith('# 3. Cache prices\n\nDate: 2024-03-07\n\n## Status\n\nAccepted\n')
return true
