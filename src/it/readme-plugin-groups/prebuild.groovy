// What `mvn install` of the plugin (the README's way to get it) writes beside the jar: the group's metadata, which
// maps the prefix to the plugin (maven-plugin-plugin's addPluginArtifactMetadata, bound for maven-plugin packaging).
// The invoker's own install into the ITs' repository copies the jar and the pom only, so it is written here, with the
// prefix read from the descriptor of the plugin just built; Maven reads it when it looks the prefix up in the
// pluginGroups of settings.xml.
import java.util.zip.ZipFile

def group = new File(localRepositoryPath, 'io/github/adrgov')
def versions = new File(group, 'adr-maven-plugin').listFiles().findAll { it.isDirectory() }
assert versions.size() == 1 : "one version of the plugin in ${group}: ${versions}"
def version = versions[0].name
def jar = new File(versions[0], "adr-maven-plugin-${version}.jar")
def descriptor
new ZipFile(jar).withCloseable { zip ->
    descriptor = new groovy.xml.XmlSlurper().parseText(
            zip.getInputStream(zip.getEntry('META-INF/maven/plugin.xml')).getText('UTF-8'))
}
def prefix = descriptor.goalPrefix.text()
assert prefix
new File(group, 'maven-metadata-local.xml').setText("""<?xml version="1.0" encoding="UTF-8"?>
<metadata>
  <plugins>
    <plugin>
      <name>${descriptor.name.text()}</name>
      <prefix>${prefix}</prefix>
      <artifactId>adr-maven-plugin</artifactId>
    </plugin>
  </plugins>
</metadata>
""", 'UTF-8')
return true
