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

expect(1, 'aaaa00000001 -> bbbb00000002 (head), create book')
expect(1, 'aaaa00000001 -> cccc00000003 (head), create shelf')
expect(1, '2 heads: join them with mvn migrations:merge')
expect(1, '<base> -> aaaa00000001 (branchpoint), create author')
expect(1, '    -> bbbb00000002')
expect(1, '    -> cccc00000003')

expect(2, '[SCRIPT-022]')
expect(2, 'bbbb00000002')
expect(2, 'cccc00000003')
expect(2, 'mvn migrations:merge')
expect(2, "target 'heads'")
assert !runs[2].contains('Running upgrade') : 'a refused upgrade must not apply anything'

expect(3, 'Running upgrade aaaa00000001 -> bbbb00000002, create book')
expect(3, 'Running upgrade aaaa00000001 -> cccc00000003, create shelf')
expect(3, 'bbbb00000002 (head), create book')
expect(3, 'cccc00000003 (head), create shelf')

def merge = new File(basedir, 'src/main/resources/db/migrations').listFiles().find { it.name.startsWith('dddd00000004') }
assert merge != null : 'migrations:merge should write dddd00000004_….sql'
assert merge.getText('UTF-8').contains('-- Revises: bbbb00000002, cccc00000003')
expect(4, 'Generating ' + merge.canonicalPath + ' ... done')
expect(4, 'bbbb00000002, cccc00000003 -> dddd00000004 (head) (mergepoint), merge')

expect(5, 'Running upgrade bbbb00000002, cccc00000003 -> dddd00000004, merge')
expect(5, 'Current revision(s): dddd00000004 (head) (mergepoint), merge')
expect(5, 'bbbb00000002, cccc00000003 -> dddd00000004 (head) (mergepoint) (current), merge')
true
