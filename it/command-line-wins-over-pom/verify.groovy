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

expect(1, 'Using database jdbc:sqlite:' + new File(basedir, 'pom.db').canonicalPath + ' (<url> in the POM)')
expect(1, 'Running upgrade <base> -> 8a8a8a8a8a81, from the pom')
expect(1, 'Rev: 8a8a8a8a8a81 (head) (current)')

expect(2, 'Using database jdbc:sqlite:cli.db (-Dmigrations.url)')
expect(2, 'Running upgrade <base> -> 8b8b8b8b8b81, from the command line')
expect(2, 'Current revision(s): 8b8b8b8b8b81 (head), from the command line')
assert !runs[2].contains('Rev: ') : '-Dmigrations.verbose=false must win over <verbose>true</verbose>'
assert !runs[2].contains('8a8a8a8a8a81')

assert new File(basedir, 'pom.db').isFile()
assert new File(basedir, 'cli.db').isFile()
true
