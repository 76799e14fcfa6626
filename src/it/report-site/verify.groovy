// mvn site publishes the ADR log: index page, one page per ADR, the graph and the findings, nothing executable
def adrDir = new File(basedir, 'target/site/adr')
def index = new File(adrDir, 'index.html')
assert index.isFile() : "no ${index}"
def html = index.getText('UTF-8')

assert html.contains('<title>') && html.contains('Architecture Decisions')
// the report is listed with the project reports of the site
def reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile() && reports.getText('UTF-8').contains('adr/index.html')

// counts per status: 2 accepted, 2 superseded
assert html =~ /<td>Accepted<\/td>\s*<td>2<\/td>/
assert html =~ /<td>Superseded<\/td>\s*<td>2<\/td>/
// the index row of ADR-002 links its page and its successor's; the status is its category ("Superseded by ADR-003"
// as written is not repeated beside the successor's column)
assert html =~ /<td>0002<\/td>\s*<td><a href="0002-store-orders-in-mysql.html">Store orders in MySQL<\/a><\/td>\s*<td>Superseded<\/td>\s*<td[^>]*>2025-02-03<\/td>\s*<td><a [^>]*href="0003-store-orders-in-postgresql.html"/

// the graph: inline SVG with one box per ADR that takes part in a supersession
def svg = html.substring(html.indexOf('<svg'), html.indexOf('</svg>'))
assert svg.contains('href="0002-store-orders-in-mysql.html"')
assert svg.contains('href="0003-store-orders-in-postgresql.html"')
assert svg.contains('marker-end="url(#adr-arrow)"')
assert !svg.contains('0001-keep-a-decision-log.html')

// the findings, grouped by rule in foldable <details>: ADR-009 does not exist; the site is built all the same
assert html =~ /<details class="adr-findings"[^>]*><summary>broken-supersession: one finding \(Error\)<\/summary>/
// every ADR page links the previous and the next ADR
def nav = new File(adrDir, '0002-store-orders-in-mysql.html').getText('UTF-8')
assert nav =~ /<p class="adr-navigation">[^<]*<a href="0001-keep-a-decision-log.html">0001 Keep a decision log<\/a>[^<]*<a href="0003-store-orders-in-postgresql.html">/
assert html.contains('broken-supersession')
assert html.contains('docs/adr/0004-render-user-content.md:4')
// ADR-004 names a successor that the log lacks: the index says it is missing
assert html =~ /<td>0004<\/td>(?:(?!<\/tr>)[\s\S])*<td>ADR-009 \(missing\)<\/td>/

// one page per ADR, beside the index, in the site skin
['0001-keep-a-decision-log', '0002-store-orders-in-mysql', '0003-store-orders-in-postgresql',
 '0004-render-user-content'].each { assert new File(adrDir, it + '.html').isFile() : "no page for ${it}" }
def page3 = new File(adrDir, '0003-store-orders-in-postgresql.html').getText('UTF-8')
assert page3.contains('Store orders in PostgreSQL')
assert page3.contains('<h2 id="adr-decision">Decision</h2>')
assert page3 =~ /<pre><code class="language-sql">CREATE TABLE orders/
// the Markdown link to the MySQL ADR file leads to its page
assert page3.contains('<a href="0002-store-orders-in-mysql.html">ADR-002</a>')
// header: supersedes link to the page
assert page3 =~ /Supersedes<\/th>\s*<td><a [^>]*href="0002-store-orders-in-mysql.html"/
// the diagram is copied beside the pages and shown from there
assert page3.contains('<img src="images/docs/img/order-flow.png" alt="Order flow"')
assert new File(adrDir, 'images/docs/img/order-flow.png').length() == new File(basedir, 'docs/img/order-flow.png').length()
def page2 = new File(adrDir, '0002-store-orders-in-mysql.html').getText('UTF-8')
assert page2 =~ /<td>MySQL<\/td>\s*<td>low<\/td>/

// the script planted in ADR-004 reaches no page
adrDir.eachFile(groovy.io.FileType.FILES) { f ->
    def text = f.getText('UTF-8')
    assert !text.contains('adrPlanted') : "planted script text in ${f.name}"
    assert !text.toLowerCase().contains('onerror') : "event handler in ${f.name}"
    assert !text.contains('javascript:window') : "script link in ${f.name}"
}
def page4 = new File(adrDir, '0004-render-user-content.html').getText('UTF-8')
assert page4.contains('We sanitise with an allow-list')
assert page4.contains('<img src="images/docs/adr/logo.png">')

// deterministic: the report itself writes no build time (the skin's own "Generated ... at" comment is not ours)
def main = html.substring(html.indexOf('<main'), html.indexOf('</main>'))
assert !main.contains(java.time.LocalDate.now().toString())
return true
