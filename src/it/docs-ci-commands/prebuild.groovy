// A git repository as CI clones it for a pull request: main, fetched as origin/main (what actions/checkout with
// fetch-depth: 0, GIT_DEPTH: 0 or the docs' 'git fetch origin ...' leave), and the branch under review, which adds
// an ADR to orders. The repository is built with the baseline ITs' shared set-up (git binary, fixed dates).
evaluate(new File(basedir, '../../../src/it/_shared/git-repo.groovy'))
git('add', '-A', '--', 'orders', 'billing')
git('commit', '-q', '-m', 'main: the ADR logs of orders and billing')
git('update-ref', 'refs/remotes/origin/main', 'refs/heads/main')
git('checkout', '-q', '-b', 'feature')
copy('branch/0002-keep-cancelled-orders.md', 'orders/docs/adr/0002-keep-cancelled-orders.md')
git('add', '-A', '--', 'orders')
git('commit', '-q', '-m', 'feature: ADR-002 of orders')
return true
