import groovy.json.JsonSlurper

// orders has a sound log (every line names its module: the build has more than one project), billing names a successor that does not exist: billing fails, naming its file.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def ordersAt = lines.findIndexOf { it.startsWith('[INFO] Building orders 1.0') }
def billingAt = lines.findIndexOf { it.startsWith('[INFO] Building billing 1.0') }
assert ordersAt >= 0 && billingAt > ordersAt
assert lines.subList(ordersAt, billingAt).contains('[INFO] [orders] ADR log docs/adr: 2 ADRs, 0 errors, 0 warnings.')
assert lines.subList(billingAt, lines.size()).contains(
    '[ERROR] [billing] docs/adr/0002-send-invoices-by-e-mail.md:3: [broken-supersession] Status says "Superseded by ADR-007", but there is no ADR-0007.')
assert log.contains('on project billing: ADR log docs/adr has 1 error (2 ADRs, 1 error, 0 warnings)')
assert !log.contains('on project orders')

def orders = new JsonSlurper().parse(new File(basedir, 'orders/target/adr/validation.json'))
assert orders.adrCount == 2 && orders.findings == []
def billing = new JsonSlurper().parse(new File(basedir, 'billing/target/adr/validation.json'))
assert billing.adrCount == 2
assert billing.findings.size() == 1
assert billing.findings[0].file == 'docs/adr/0002-send-invoices-by-e-mail.md'
assert billing.findings[0].line == 3
assert billing.findings[0].rule == 'broken-supersession'
// the parent only manages the plugin: it validates nothing and writes nothing
assert !new File(basedir, 'target/adr/validation.json').exists()
return true
