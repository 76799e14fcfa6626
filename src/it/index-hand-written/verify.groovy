def original = new File(basedir, 'original-README.md').bytes
def readme = new File(basedir, 'docs/adr/README.md').bytes
// the hand-written text is kept byte for byte, the marked block follows after a blank line
assert readme.length > original.length
assert Arrays.equals(Arrays.copyOf(readme, original.length), original)
def added = new String(readme, original.length, readme.length - original.length, 'UTF-8')
assert added.startsWith('\n<!-- adr-index:start -->\n')
assert added.contains('| 0003 | [Cache prices in Redis](0003-cache-in-redis.md) | Accepted | 2025-03-20 |\n')
assert added.endsWith('<!-- adr-index:end -->\n')

def log = new File(basedir, 'build.log').text
assert !log.contains('[stale-index]')
assert log.contains('[INFO] ADR index docs/adr/README.md written (index block appended) (3 ADRs); model in target/adr/adrs.json')
return true
