def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] docs/adr/0001-use-postgres.md:7: [superseded-still-active] Accepted -> Superseded by [2. Use mysql](0002-use-mysql.md)')
assert log.contains('[INFO] docs/adr/0003-cache-prices.md:3: [invalid-date] March 7th, 2024 -> 2024-03-07')
assert log.contains('[INFO] --- a/docs/adr/0001-use-postgres.md')
assert log.contains('[INFO] +++ b/docs/adr/0001-use-postgres.md')
assert log.contains('[INFO] -Accepted\n[INFO] +Superseded by [2. Use mysql](0002-use-mysql.md)')
assert log.contains('[INFO] -Date: March 7th, 2024\n[INFO] +Date: 2024-03-07')
assert log.contains('[INFO] Dry run: adr:fix would make 2 changes in 2 files (the diff above, also in target/adr/fix.diff); nothing was written.')

// nothing was written
assert new File(basedir, 'docs/adr/0001-use-postgres.md').text.contains('## Status\n\nAccepted\n')
assert new File(basedir, 'docs/adr/0003-cache-prices.md').text.contains('Date: March 7th, 2024\n')
def diff = new File(basedir, 'target/adr/fix.diff').text
assert diff.startsWith('--- a/docs/adr/0001-use-postgres.md\n+++ b/docs/adr/0001-use-postgres.md\n@@ -4,7 +4,7 @@\n')
assert diff.contains('-Date: March 7th, 2024\n+Date: 2024-03-07\n')
return true
