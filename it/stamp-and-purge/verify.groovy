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

expect(1, 'Stamped 0b0b0b0b0b02')
expect(1, '  recorded as applied: 0a0a0a0a0a01, 0b0b0b0b0b02')
expect(1, 'Current revision(s): 0b0b0b0b0b02, create orders')
assert !runs[1].contains('Running upgrade')

expect(2, 'Running upgrade 0b0b0b0b0b02 -> 0c0c0c0c0c03, create invoice')
assert !runs[2].contains('create customer') && !runs[2].contains('create orders') : 'stamped revisions must not run'

expect(3, 'Purged the version table migrations_version')
expect(3, 'Stamped 0a0a0a0a0a01 (was 0c0c0c0c0c03)')
expect(3, 'Current revision(s): 0a0a0a0a0a01, create customer')

expect(4, '[CONFIG-105]')
expect(4, 'mvn migrations:stamp -Dmigrations.target=head')
true
