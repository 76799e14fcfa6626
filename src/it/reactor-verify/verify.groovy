import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// A reactor: shop (the parent, with its own log), orders and billing (logs of their own), notes (no log).
def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// every finding and summary line names its module
assert lines.contains('[INFO] [shop] ADR log docs/adr: 1 ADR, 0 errors, 0 warnings.')
assert lines.contains('[INFO] [billing] ADR log docs/adr: 2 ADRs, 0 errors, 0 warnings.')
assert lines.contains('[WARNING] [orders] src/main/java/shop/orders/Retry.java:5: [superseded-citation] Cites ADR-0002 "Retry twice", which is superseded by ADR-0003 "Retry three times"; check the code against the successor and cite it instead.')
assert lines.contains('[ERROR] [orders] src/main/java/shop/orders/Retry.java:7: [broken-citation] Cites ADR-0009, but there is no ADR-0009 in docs/adr; fix the citation or add the ADR.')
assert lines.contains('[ERROR] [orders] ADR log docs/adr: 3 ADRs, 1 error, 1 warning.')
// false friends, the JIRA link and the citation of an accepted ADR by path give nothing
assert lines.findAll { it.contains('Retry.java') }.size() == 2
assert log.contains('on project orders: ADR log docs/adr has 1 error')

// the module without a log is quiet: no warning, nothing written
assert !log.contains('No ADR directory')
assert !new File(basedir, 'notes/target/adr').exists()

// JUnit: the suite and class names carry the module, so two modules' files never collide
def junit = { m -> new XmlSlurper().parse(new File(basedir, "${m}/target/adr/TEST-adr-validation.xml")) }
def orders = junit('orders')
def billing = junit('billing')
assert orders.@name == 'adr-validation.orders'
assert billing.@name == 'adr-validation.billing'
assert junit('.').@name == 'adr-validation.shop'
assert orders.testcase.find { it.@name == 'docs/adr/0001-number-orders-per-day.md' }.@classname == 'orders.docs/adr'
assert billing.testcase.find { it.@name == 'docs/adr/0001-bill-monthly.md' }.@classname == 'billing.docs/adr'
// findings about source files are no test cases (one test case per ADR); the suite's output lists them
assert orders.testcase.every { it.@name.text().startsWith('docs/adr/') }
assert (orders.'system-err'.text() + orders.'system-out'.text()).contains('src/main/java/shop/orders/Retry.java:7: [broken-citation]')

// adrs.json carries where the code cites each ADR
def model = new JsonSlurper().parse(new File(basedir, 'orders/target/adr/adrs.json'))
def byId = model.adrs.collectEntries { [(it.id): it] }
assert byId['0002-retry-twice'].citations == [[file: 'src/main/java/shop/orders/Retry.java', line: 5, text: 'ADR-002']]
assert byId['0003-retry-three-times'].citations == [[file: 'src/main/java/shop/orders/Retry.java', line: 10, text: 'docs/adr/0003-retry-three-times.md']]
assert byId['0001-number-orders-per-day'].citations == []
def findings = new JsonSlurper().parse(new File(basedir, 'orders/target/adr/validation.json')).findings
assert findings.collect { "${it.file}:${it.line}:${it.rule}" } == [
    'src/main/java/shop/orders/Retry.java:5:superseded-citation',
    'src/main/java/shop/orders/Retry.java:7:broken-citation']
return true
