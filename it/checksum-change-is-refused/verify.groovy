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
expect(2, '[INTEGRITY-')
expect(2, '7e7e7e7e7e71_create_account.sql')
expect(2, 'stamp')
assert !runs[2].contains('Running upgrade')
true
