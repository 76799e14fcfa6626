// A build that declares the plugin pays for resolving its dependencies and building its class realm even when the
// goal is skipped: the libraries are bundled into the plugin's jar, so the realm holds that jar and the two reporting
// APIs (Maven 3.6 to 3.8 add plexus-utils 1.1 to a plugin that declares none).
def lines = new File(basedir, 'build.log').readLines()
int start = lines.findIndexOf { it.contains('Populating class realm plugin>io.github.adrgov:adr-maven-plugin:') }
assert start >= 0 : 'no plugin realm in the -X log'
def included = []
for (int i = start + 1; i < lines.size(); i++) {
    def m = lines[i] =~ /^\[DEBUG\]\s+Included: ([^:]+):([^:]+):jar:/
    if (!m.find()) break
    included << m.group(1) + ':' + m.group(2)
}
assert included.contains('io.github.adrgov:adr-maven-plugin')
def allowed = ['io.github.adrgov:adr-maven-plugin', 'org.apache.maven.reporting:maven-reporting-api',
               'org.apache.maven.doxia:doxia-sink-api', 'org.codehaus.plexus:plexus-utils']
assert (included - allowed).isEmpty() : "unexpected jars in the plugin realm: ${included - allowed}"
assert lines.any { it.contains('[INFO] Skipping ADR validation (adr.skip=true).') }
return true
