import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Wrote docs/adr/0003-publish-domain-events.md')
assert new File(basedir, 'docs/adr/0003-publish-domain-events.md').text == '''# 3. Publish domain events

Date: 2026-03-04

## Status

Proposed

## Context

What is the issue that calls for a decision, and what limits the choice?

## Decision

What change do we propose or make?

## Consequences

What becomes easier or harder because of this change?
'''
def json = new JsonSlurper().parse(new File(basedir, 'target/adr/validation.json'))
assert json.adrCount == 3
assert json.findings == []
assert !log.contains('[WARNING]')
return true
