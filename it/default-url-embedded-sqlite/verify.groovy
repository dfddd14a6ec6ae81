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

def database = new File(basedir, 'db.sqlite3')
expect(1, 'Using database jdbc:sqlite:' + database.canonicalPath + ' (embedded default)')
expect(1, 'Running upgrade <base> -> 1e1e1e1e1e11, create country')
expect(1, 'Current revision(s): 1e1e1e1e1e11 (head), create country')
assert database.isFile()
true
