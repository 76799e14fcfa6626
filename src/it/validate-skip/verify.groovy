def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping ADR validation (adr.skip=true).')
assert log.contains('[INFO] Skipping ADR validation (adr.validate.skip=true).')
assert !log.contains('[ERROR]')
assert !new File(basedir, 'target/adr/validation.json').exists()
return true
