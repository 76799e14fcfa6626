// The repository and its main branch come from the shared set-up; the steps after it are this IT's own.
evaluate(new File(basedir, '../../../src/it/_shared/git-repo.groovy'))
// a clone that holds main only: origin/main (the usual CI baseline) was never fetched
return true
