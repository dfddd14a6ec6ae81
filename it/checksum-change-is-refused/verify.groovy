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

expect(1, 'Running upgrade <base> -> 7e7e7e7e7e71, create account')
expect(2, '[INTEGRITY-002]')
expect(2, 'scripts-v2/7e7e7e7e7e71_create_account.sql')
// the way out: restore the file, or stamp
expect(2, 'Restore them as they were applied')
expect(2, 'mvn migrations:stamp -Dmigrations.target=7e7e7e7e7e71')
assert !runs[2].contains('Running upgrade')
true
