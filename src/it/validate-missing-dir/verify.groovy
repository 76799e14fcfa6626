def log = new File(basedir, 'build.log').text
def warning = '[WARNING] No ADR directory at docs/adr; set adr.directory to the folder of the ADR log. Nothing was validated.'
assert log.contains(warning)
assert log.count(warning) == 1
assert log.contains('No ADR directory at docs/adr; set adr.directory to the folder of the ADR log (adr.failIfMissing is true).')
assert !new File(basedir, 'target/adr/validation.json').exists()
return true
