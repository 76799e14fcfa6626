// The repository and its main branch come from the shared set-up; the steps after it are this IT's own.
evaluate(new File(basedir, '../../../src/it/_shared/git-repo.groovy'))
git('checkout', '-q', '-b', 'feature')
// the branch rewrites the decision of an accepted ADR instead of superseding it
copy('branch/0002-cache-prices-in-memory.md', 'docs/adr/0002-cache-prices-in-memory.md')
commit('feature: rewrite ADR-002')
return true
