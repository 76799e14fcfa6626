// Shared set-up of the baseline ITs, evaluated by their prebuild.groovy with the same binding (basedir).
// Builds a real git repository in the cloned project: the files of the project are the target branch (main), committed
// once; each IT then adds the branch history it needs with git(), copy() and commit().
// Uses the git binary (present on developer and CI machines); dates are fixed so runs are reproducible.
git = { String... args ->
    def env = System.getenv().findAll { !it.key.startsWith('GIT_') }.collect { "${it.key}=${it.value}" }
    env += ['GIT_CONFIG_NOSYSTEM=1', 'GIT_AUTHOR_DATE=2025-01-01T00:00:00Z', 'GIT_COMMITTER_DATE=2025-01-01T00:00:00Z']
    def p = (['git', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false'] + args.toList()).execute(env, basedir)
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "git ${args.join(' ')} failed: ${err}"
    return out.toString()
}
copy = { String from, String to ->
    def target = new File(basedir, to)
    target.parentFile.mkdirs()
    target.bytes = new File(basedir, from).bytes
}
commit = { String message ->
    git('add', '-A', '--', 'docs', 'pom.xml')
    git('commit', '-q', '-m', message)
}
git('init', '-q')
git('symbolic-ref', 'HEAD', 'refs/heads/main')
git('config', 'user.name', 'IT')
git('config', 'user.email', 'it@example.org')
commit('main: the ADR log')
