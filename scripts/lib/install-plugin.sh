# Sourced by scripts that run the plugin as a user's build does, in a local repository of their own (never ~/.m2).
# install_plugin <dir> <version>: writes <dir>/settings.xml, which reads every artifact from ~/.m2 as a file mirror,
# installs the plugin jar just built with the POM users get (the one maven-shade-plugin writes, whose dependencies
# are only the reporting APIs: the libraries are bundled) into <dir>/m2, and sets mvn_cmd to a Maven command on them.
install_plugin() {
  local dir="$1" version="$2"
  mkdir -p "$dir"
  cat > "$dir/settings.xml" <<XML
<settings>
  <mirrors><mirror><id>local-m2</id><mirrorOf>*</mirrorOf><url>file://$HOME/.m2/repository</url></mirror></mirrors>
  <profiles><profile><id>local</id>
    <repositories><repository><id>local-m2</id><url>file://$HOME/.m2/repository</url>
      <releases><checksumPolicy>ignore</checksumPolicy></releases>
      <snapshots><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></snapshots></repository></repositories>
    <pluginRepositories><pluginRepository><id>local-m2</id><url>file://$HOME/.m2/repository</url>
      <releases><checksumPolicy>ignore</checksumPolicy></releases>
      <snapshots><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></snapshots></pluginRepository></pluginRepositories>
  </profile></profiles>
  <activeProfiles><activeProfile>local</activeProfile></activeProfiles>
</settings>
XML
  mvn_cmd=(mvn -B -s "$dir/settings.xml" -Dmaven.repo.local="$dir/m2")
  if [ "${INSTALL_PLUGIN_SKIP:-}" != 1 ]; then
    "${mvn_cmd[@]}" -q org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
      -Dfile="target/adr-maven-plugin-$version.jar" -DpomFile=dependency-reduced-pom.xml
  fi
}
