// A git repository as CI clones it for a pull request: main, fetched as origin/main (what actions/checkout with
// fetch-depth: 0, GIT_DEPTH: 0 or the docs' 'git fetch origin ...' leave), and the branch under review, which adds
// an ADR to orders. Uses the git binary; dates are fixed so runs are reproducible.
def git = { String... args ->
    def env = System.getenv().findAll { !it.key.startsWith('GIT_') }.collect { "${it.key}=${it.value}" }
    env += ['GIT_CONFIG_NOSYSTEM=1', 'GIT_AUTHOR_DATE=2025-01-01T00:00:00Z', 'GIT_COMMITTER_DATE=2025-01-01T00:00:00Z']
    def p = (['git', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false'] + args.toList()).execute(env, basedir)
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "git ${args.join(' ')} failed: ${err}"
    return out.toString()
}
git('init', '-q')
git('symbolic-ref', 'HEAD', 'refs/heads/main')
git('config', 'user.name', 'IT')
git('config', 'user.email', 'it@example.org')
git('add', '-A', '--', 'pom.xml', 'docs', 'orders', 'billing')
git('commit', '-q', '-m', 'main: the ADR logs')
git('update-ref', 'refs/remotes/origin/main', 'refs/heads/main')
git('checkout', '-q', '-b', 'feature')
def added = new File(basedir, 'orders/docs/adr/0002-keep-cancelled-orders.md')
added.bytes = new File(basedir, 'branch/0002-keep-cancelled-orders.md').bytes
git('add', '-A', '--', 'orders')
git('commit', '-q', '-m', 'feature: ADR-002 of orders')
return true
