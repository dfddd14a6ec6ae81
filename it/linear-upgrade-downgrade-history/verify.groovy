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

def generated = new File(basedir, 'src/main/resources/db/migrations/c0ffee000001_add_phone.sql')
assert generated.isFile() : 'migrations:revision should write ' + generated
def script = generated.getText('UTF-8')
assert script.contains('-- Revision ID: c0ffee000001')
assert script.contains('-- Revises: 9f8e7d6c5b4a')
assert script.contains('-- migrate:upgrade') && script.contains('-- migrate:downgrade')
expect(1, 'Generating ' + generated.canonicalPath + ' ... done')

expect(2, 'Running upgrade <base> -> 1a2b3c4d5e6f, create person')
expect(2, 'Running upgrade 1a2b3c4d5e6f -> 9f8e7d6c5b4a, add email')
expect(2, 'Running upgrade 9f8e7d6c5b4a -> c0ffee000001, add phone')
expect(2, 'Upgraded <base> -> c0ffee000001: 3 revisions applied')
expect(2, 'Current revision(s): c0ffee000001 (head), add phone')

expect(3, '9f8e7d6c5b4a -> c0ffee000001 (head) (current), add phone')
expect(3, '1a2b3c4d5e6f -> 9f8e7d6c5b4a, add email')
expect(3, '<base> -> 1a2b3c4d5e6f, create person')
// newest first
assert runs[3].indexOf('-> c0ffee000001') < runs[3].indexOf('-> 9f8e7d6c5b4a, add email')
assert runs[3].indexOf('-> 9f8e7d6c5b4a, add email') < runs[3].indexOf('-> 1a2b3c4d5e6f, create person')
expect(3, 'No branch points: the revisions form a single line')
expect(3, 'Rev: 9f8e7d6c5b4a')
expect(3, 'Parent: 1a2b3c4d5e6f')
expect(3, '9f8e7d6c5b4a_add_email.sql')

// the range leaves out the newest revision; verbose prints the header blocks
expect(4, 'Rev: 9f8e7d6c5b4a')
expect(4, 'Rev: 1a2b3c4d5e6f')
assert !runs[4].substring(0, runs[4].indexOf('Current revision(s)')).contains('Rev: c0ffee000001')
expect(4, 'Current revision(s):')
expect(4, 'Rev: c0ffee000001 (head) (current)')

expect(5, 'Running downgrade c0ffee000001 -> 9f8e7d6c5b4a, add phone')
expect(5, 'Current revision(s): 9f8e7d6c5b4a, add email')

expect(6, 'Running downgrade 9f8e7d6c5b4a -> 1a2b3c4d5e6f, add email')
expect(6, 'Running downgrade 1a2b3c4d5e6f -> <base>, create person')
expect(6, 'Current revision(s): none')

expect(7, 'Running upgrade <base> -> 1a2b3c4d5e6f, create person')
expect(7, 'Current revision(s): 1a2b3c4d5e6f, create person')
assert !runs[7].contains('Running upgrade 1a2b3c4d5e6f -> 9f8e7d6c5b4a')
true
