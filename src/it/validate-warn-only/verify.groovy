import groovy.json.JsonSlurper

// Two builds on the same log: the first passes with the warnings printed, the second fails with adr.failOnWarning.
def log = new File(basedir, 'build.log').text
def gap = '[WARNING] docs/adr/0003-pin-base-images-by-digest.md:1: [number-gap] Number 0002 is missing from the sequence.'
def todo = '[WARNING] docs/adr/0003-pin-base-images-by-digest.md:15: [placeholder-text] Template text "TODO" is left unfilled; replace it with the real content or remove it.'
def summary = '[WARNING] ADR log docs/adr: 2 ADRs, 0 errors, 2 warnings.'
assert log.count(gap) == 2
assert log.count(todo) == 2
assert log.count(summary) == 2
assert !log.contains('[ERROR] docs/')
assert log.count('BUILD SUCCESS') == 1
assert log.contains('on project validate-warn-only: ADR log docs/adr has 2 warnings and adr.failOnWarning is true (2 ADRs, 0 errors, 2 warnings)')

def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.adrCount == 2
assert json.findings*.rule == ['number-gap', 'placeholder-text']
assert json.findings*.severity == ['warning', 'warning']
return true
