// the README's site snippet, pasted as it stands, builds the site with the ADR report among the project reports
def adrDir = new File(basedir, 'target/site/adr')
def index = new File(adrDir, 'index.html')
assert index.isFile() : "no ${index}"
assert index.getText('UTF-8').contains('Keep a decision log')
assert new File(adrDir, '0001-keep-a-decision-log.html').isFile()
def reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile() && reports.getText('UTF-8').contains('adr/index.html')
def log = new File(basedir, 'build.log').text
assert log =~ /maven-site-plugin:3\.\d+\.\d+:site \(default-site\)/
assert !log.contains('[ERROR]')
return true
