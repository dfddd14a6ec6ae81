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

def database = new File(basedir, 'app.db').canonicalPath
expect(1, 'Using database jdbc:sqlite:' + database + ' (<url> in the POM) as it_owner (credentials from settings.xml <server> it-db)')
expect(1, 'Running upgrade <base> -> 9c9c9c9c9c91, create vault')
expect(1, 'Current revision(s): 9c9c9c9c9c91 (head), create vault')
expect(2, 'Using database jdbc:sqlite:' + database + ' (<url> in the POM) as someone_else')
assert !runs[2].contains('credentials from settings.xml') : 'explicit credentials win over the server'
refuse('s3cr3t-from-settings')
refuse('not-the-password')
true
