def log = new File(basedir, 'build.log').text
assert !new File(basedir, 'docs/adr').exists()
assert log.contains('[WARNING] No ADR directory at docs/adr; set adr.directory to the folder of the ADR log; comparing an empty log with the baseline main.')
def message = ' exists on main but was deleted on this branch. ADRs are never deleted: restore the file and set its' +
        ' status to Deprecated, or Superseded by the ADR that replaces it.'
assert log.readLines().findAll { it.startsWith('[ERROR] docs/') } == [
    '[ERROR] docs/adr/0001-keep-a-decision-log.md: [deleted-adr] This ADR ("Keep a decision log")' + message,
    '[ERROR] docs/adr/0002-cache-prices-in-memory.md: [deleted-adr] This ADR ("Cache prices in memory")' + message,
]
return true
