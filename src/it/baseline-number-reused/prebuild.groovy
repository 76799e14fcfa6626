// The repository and its main branch come from the shared set-up; the steps after it are this IT's own.
evaluate(new File(basedir, '../../../src/it/_shared/git-repo.groovy'))
// two branches each add ADR-002; the first is merged into main, the second is built here
git('checkout', '-q', '-b', 'first')
copy('branch/0002-use-redis.md', 'docs/adr/0002-use-redis.md')
commit('first: ADR-002 Redis')
git('checkout', '-q', 'main')
git('checkout', '-q', '-b', 'second')
copy('branch/0002-use-memcached.md', 'docs/adr/0002-use-memcached.md')
commit('second: ADR-002 Memcached')
git('checkout', '-q', 'main')
git('merge', '-q', '--no-ff', '-m', 'merge first', 'first')
git('checkout', '-q', 'second')
return true
