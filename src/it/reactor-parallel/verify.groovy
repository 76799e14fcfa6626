import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// The reactor of reactor-verify built on four threads with adr.numberScope=reactor.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert log.contains('MultiThreadedBuilder') || log.contains('threads')

// lines of modules built at the same time each name their module
assert lines.contains('[INFO] [billing] ADR log docs/adr: 2 ADRs, 0 errors, 0 warnings.')
assert lines.contains('[ERROR] [orders] src/main/java/shop/orders/Retry.java:7: [broken-citation] Cites ADR-0009, but there is no ADR-0009 in docs/adr; fix the citation or add the ADR.')
assert lines.contains('[ERROR] [orders] ADR log docs/adr: 3 ADRs, 1 error, 1 warning.')
assert !log.contains('No ADR directory')

// the root's execution reads every module's log: a number taken in two logs is a duplicate, named from the root
def reactorLines = [
    '[ERROR] [shop] orders/docs/adr/0001-number-orders-per-day.md:1: [duplicate-number] Number 1 is taken in module shop too (docs/adr/0001-build-one-reactor.md); numbers are unique across the reactor (adr.numberScope=reactor): renumber this ADR to 4, the next number free in the reactor.',
    '[ERROR] [shop] billing/docs/adr/0001-bill-monthly.md:1: [duplicate-number] Number 1 is taken in module shop too (docs/adr/0001-build-one-reactor.md); numbers are unique across the reactor (adr.numberScope=reactor): renumber this ADR to 5, the next number free in the reactor.',
    '[ERROR] [shop] billing/docs/adr/0002-send-invoices-by-e-mail.md:1: [duplicate-number] Number 2 is taken in module orders too (orders/docs/adr/0002-retry-twice.md); numbers are unique across the reactor (adr.numberScope=reactor): renumber this ADR to 6, the next number free in the reactor.']
reactorLines.each { assert lines.contains(it) }
assert lines.contains('[INFO] ADR numbers checked across the reactor (adr.numberScope=reactor): 3 logs.')
assert lines.contains('[ERROR] [shop] ADR log docs/adr: 1 ADR, 3 errors, 0 warnings.')
// the modules do not repeat the reactor check
assert lines.count { it.contains('[duplicate-number]') } == 3
def root = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert root.findings.collect { it.file } == ['billing/docs/adr/0001-bill-monthly.md',
    'billing/docs/adr/0002-send-invoices-by-e-mail.md', 'orders/docs/adr/0001-number-orders-per-day.md']

// distinct JUnit names per module, also when written in parallel
['orders', 'billing'].each { m ->
    def suite = new XmlSlurper().parse(new File(basedir, "${m}/target/adr/TEST-adr-validation.xml"))
    assert suite.@name == "adr-validation.${m}"
    assert suite.testcase.every { it.@classname.text().startsWith("${m}.") }
}
assert !new File(basedir, 'notes/target/adr').exists()
return true
