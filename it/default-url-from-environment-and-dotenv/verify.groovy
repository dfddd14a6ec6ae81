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

expect(1, 'Using database jdbc:sqlite:from-dotenv.db (DB_URL in ')
expect(1, 'Running upgrade <base> -> 2e2e2e2e2e21, create city')
assert new File(basedir, 'from-dotenv.db').isFile()
expect(2, 'Using database jdbc:sqlite:from-environment.db (environment variable MIGRATIONS_URL)')
expect(2, 'Current revision(s): none')
true
