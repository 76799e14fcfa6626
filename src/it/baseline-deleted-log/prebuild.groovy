// Builds a real git repository in the cloned project: the files of the project are the target branch (main);
// the steps below add the branch history this test needs. Uses the git binary (present on developer and CI machines).
def git(String... args) {
    def env = System.getenv().findAll { !it.key.startsWith('GIT_') }.collect { "${it.key}=${it.value}" }
    env += ['GIT_CONFIG_NOSYSTEM=1', 'GIT_AUTHOR_DATE=2025-01-01T00:00:00Z', 'GIT_COMMITTER_DATE=2025-01-01T00:00:00Z']
    def p = (['git', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false'] + args.toList()).execute(env, basedir)
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "git ${args.join(' ')} failed: ${err}"
    return out.toString()
}
def copy(String from, String to) {
    def target = new File(basedir, to)
    target.parentFile.mkdirs()
    target.bytes = new File(basedir, from).bytes
}
def commit(String message) {
    git('add', '-A', '--', 'docs', 'pom.xml')
    git('commit', '-q', '-m', message)
}
git('init', '-q')
git('symbolic-ref', 'HEAD', 'refs/heads/main')
git('config', 'user.name', 'IT')
git('config', 'user.email', 'it@example.org')
commit('main: the ADR log')
git('checkout', '-q', '-b', 'feature')
// the branch removes the whole ADR log
git('rm', '-q', '-r', 'docs/adr')
git('commit', '-q', '-m', 'feature: no more ADRs')
return true
