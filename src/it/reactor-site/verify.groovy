// mvn site on the reactor: report-aggregate in the parent's <reporting> shows every log on one page.
def log = new File(basedir, 'build.log').text
def page = new File(basedir, 'target/site/adr-aggregate/index.html')
assert page.isFile()
def html = page.getText('UTF-8')
assert html.contains('Architecture Decisions (all modules)')
// one row per module with a log, linking to its pages; the module without a log is not listed
['shop', 'orders', 'billing'].each { m ->
    assert html.contains("href=\"${m}/index.html\"")
    assert new File(basedir, "target/site/adr-aggregate/${m}/index.html").isFile()
}
assert !html.contains('href="notes/index.html"') // (the site menu lists every module)
assert html.contains('3 modules of this build have an ADR log, with 6 ADRs in all.')
// every ADR of every log in the one index, linking into its module's folder
['Build one reactor', 'Number orders per day', 'Retry twice', 'Retry three times', 'Bill monthly',
 'Send invoices by e-mail'].each { assert html.contains(it) }
assert html.contains('href="orders/0002-retry-twice.html"')
assert new File(basedir, 'target/site/adr-aggregate/orders/0002-retry-twice.html').isFile()
// one graph, nodes named with their module; the citation findings of orders are listed with the module
assert html.contains('<svg')
assert html.contains('orders: Retry twice')
assert html.contains('orders/src/main/java/shop/orders/Retry.java:7')
assert html.contains('broken-citation')
assert log.contains('Aggregate ADR report: 3 module logs, 6 ADRs')

// the per-module reports keep working, and list where the code cites each ADR
def retry = new File(basedir, 'orders/target/site/adr/0002-retry-twice.html').getText('UTF-8')
assert retry.contains('Where this decision lives in the code')
assert retry.contains('src/main/java/shop/orders/Retry.java:5')
def accepted = new File(basedir, 'orders/target/site/adr/0001-number-orders-per-day.html').getText('UTF-8')
assert accepted.contains('No source or resource file cites this ADR.')
assert new File(basedir, 'billing/target/site/adr/index.html').isFile()
// modules have no module below them: no aggregate there; notes has no log: no report
assert !new File(basedir, 'orders/target/site/adr-aggregate').exists()
assert !new File(basedir, 'notes/target/site/adr').exists()
return true
