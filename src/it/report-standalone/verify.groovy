// mvn adr:report on its own writes the same pages under target/reports/adr, as plain HTML pages (no site renderer)
def adrDir = new File(basedir, 'target/reports/adr')
def index = new File(adrDir, 'index.html')
assert index.isFile() : "no ${index}"
def html = index.getText('UTF-8')
// <locale>de</locale>: the German bundle
assert html.contains('Architekturentscheidungen')
assert html =~ /<td>0003<\/td>\s*<td><a href="0003-store-orders-in-postgresql.html">/
assert html.contains('<svg')

def page = new File(adrDir, '0002-store-orders-in-mysql.html')
assert page.isFile() : "no ${page}"
def text = page.getText('UTF-8')
assert text.contains('Store orders in MySQL')
// a page of its own: the plugin carries no site renderer or skin, so the page has its own small style sheet
assert text.startsWith('<!DOCTYPE html>')
assert text.contains('<style>')
assert !text.contains('<script')
assert text =~ /<a [^>]*href="0003-store-orders-in-postgresql.html"/

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('ADR report: 3 ADRs')
// the standalone goal says where it wrote
assert log.contains('[INFO] ADR report written to target/reports/adr/index.html, with a page per ADR beside it.')
assert log.contains('Skipping the ADR report (adr.report.skip=true).')
return true
