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

expect(1, 'Running upgrade <base> -> 9c9c9c9c9c91, create secret')
expect(1, 'Current revision(s): 9c9c9c9c9c91 (head), create secret')
expect(2, '[DB-')
expect(3, 'Current revision(s): 9c9c9c9c9c91 (head), create secret')
refuse('s3cr3t-from-settings')
refuse('not-the-password')
true
