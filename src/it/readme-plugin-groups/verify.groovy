def log = new File(basedir, 'build.log').text
// 1: adr:validate, found through the plugin group of settings.xml, reads the log of a project that does not declare it
assert !log.contains("No plugin found for prefix 'adr'")
assert log =~ /adr-maven-plugin:[^:]+:validate \(default-cli\) @ readme-plugin-groups/
assert log.contains('[INFO] ADR log docs/adr: 1 ADR, 0 errors, 0 warnings.')
assert new File(basedir, 'target/adr/validation.json').isFile()
// 2: adr:help too
assert log =~ /adr-maven-plugin:[^:]+:help \(default-cli\) @ readme-plugin-groups/
assert log =~ /This plugin has \d+ goals:/
assert log.count('[INFO] BUILD SUCCESS') == 2
return true
