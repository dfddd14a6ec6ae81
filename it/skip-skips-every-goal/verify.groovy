// build.log holds every invocation of invoker.properties in order; runs[n] is invocation n's output
def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./)
def expect = { int n, String text ->
    if (n >= runs.length || !runs[n].contains(text)) {
        throw new AssertionError("invocation " + n + " of " + basedir.name + " should print: " + text)
    }
}

['revision', 'upgrade', 'downgrade', 'current', 'history', 'heads', 'branches', 'show', 'stamp', 'merge', 'check',
 'sql'].each { goal ->
    expect(1, "Skipping migrations:" + goal + ": migrations.skip is true (<skip> in the POM or -Dmigrations.skip)")
}
expect(1, 'BUILD SUCCESS')
expect(2, 'Skipping migrations:revision: migrations.skip is true')
expect(2, 'Skipping migrations:check: migrations.skip is true')
expect(2, 'BUILD SUCCESS')
assert !log.contains('Using database') : 'a skipped goal resolved the database'
assert !new File(basedir, 'skipped').exists() : 'a skipped goal opened the database'
assert !new File(basedir, 'src').exists() : 'a skipped goal wrote a script'
true
