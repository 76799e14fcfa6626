def log = new File(basedir, 'build.log').text
assert log.contains('docs/adr/0001-cache-prices-in-memory.md is already superseded (status "Superseded by 2. Cache prices per node");'
    + ' supersede its successor instead. Nothing was written.')
assert log.contains('The title is empty; give one with -Dadr.title="Use Kafka for domain events". Nothing was written.')
assert !log.contains('[INFO] Wrote ')
def dir = new File(basedir, 'docs/adr')
assert dir.list().toList().sort() == ['0001-cache-prices-in-memory.md', '0002-cache-prices-per-node.md']
['0001-cache-prices-in-memory.md', '0002-cache-prices-per-node.md'].each {
    assert new File(dir, it).bytes == new File(basedir, 'expected/' + it).bytes
}
return true
