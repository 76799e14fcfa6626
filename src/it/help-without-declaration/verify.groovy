def log = new File(basedir, 'build.log').text
// 1: the prefix alone is looked up in the default plugin groups only, so Maven cannot find it (the README says why)
assert log.contains("[ERROR] No plugin found for prefix 'adr' in the current project and in the plugin groups [org.apache.maven.plugins, org.codehaus.mojo]")
// 2: the full coordinates run the help goal of the plugin just built, without any declaration in the pom
assert log =~ /adr-maven-plugin:[^:]+:help \(default-cli\) @ help-without-declaration/
assert log =~ /This plugin has \d+ goals:/
assert log.contains('adr:validate')
return true
