// The repository and its main branch come from the shared set-up; the steps after it are this IT's own.
evaluate(new File(basedir, '../../../src/it/_shared/git-repo.groovy'))
git('checkout', '-q', '-b', 'feature')
// the branch supersedes ADR-002 the right way: a new ADR, and only the status line of the old one changes
copy('branch/0002-cache-prices-in-memory.md', 'docs/adr/0002-cache-prices-in-memory.md')
copy('branch/0003-cache-prices-in-a-shared-cache.md', 'docs/adr/0003-cache-prices-in-a-shared-cache.md')
commit('feature: supersede ADR-002 by ADR-003')
// meanwhile main moves on with an ADR of its own, which this branch does not have (not "deleted" here)
git('checkout', '-q', 'main')
copy('branch/0004-review-schema-changes.md', 'docs/adr/0004-review-schema-changes.md')
commit('main: ADR-004')
git('checkout', '-q', 'feature')
return true
