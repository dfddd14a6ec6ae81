// build.log holds every invocation of invoker.properties in order; runs[n] is invocation n's output
def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./)
def expect = { int n, String text ->
    if (n >= runs.length || !runs[n].contains(text)) {
        throw new AssertionError("invocation " + n + " of " + basedir.name + " should print: " + text)
    }
}
def refuse = { String text ->
    if (log.contains(text)) {
        throw new AssertionError(basedir.name + "/build.log must not contain: " + text)
    }
}

// file:line, then the problem and the fix
expect(1, '[SCRIPT-004]')
expect(1, 'badid_broken_id.sql:1:')
expect(1, "'NOT-A-REVISION' is not a valid revision id")

expect(2, '[SCRIPT-007]')
expect(2, '6f6f6f6f6f61_no_downgrade.sql:')
expect(2, "no '-- migrate:downgrade' section")

expect(3, '[SCRIPT-011]')
expect(3, '6e6e6e6e6e61_first_claim.sql')
expect(3, '6e6e6e6e6e61_second_claim.sql')

expect(4, '[SCRIPT-012]')
expect(4, '6d6d6d6d6d62_orphan.sql:2:')
expect(4, '0123456789ab')
true
