// The repository and its main branch come from the shared set-up; the steps after it are this IT's own.
evaluate(new File(basedir, '../../../src/it/_shared/git-repo.groovy'))
git('checkout', '-q', '-b', 'feature')
// the branch removes the whole ADR log
git('rm', '-q', '-r', 'docs/adr')
git('commit', '-q', '-m', 'feature: no more ADRs')
return true
