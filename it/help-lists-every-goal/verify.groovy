def log = new File(basedir, 'build.log').text

void expect(String log, String text) {
    if (!log.contains(text)) {
        throw new AssertionError("build.log does not contain: " + text)
    }
}

// every goal is listed by name
['revision', 'upgrade', 'downgrade', 'current', 'history', 'heads', 'branches', 'show', 'stamp', 'merge', 'sql', 'check',
 'help'].each { expect(log, "migrations:" + it) }

// the detailed help of one goal lists its parameters with their user properties
['target', 'url', 'user', 'password', 'serverId', 'scriptLocation', 'versionTable', 'schema', 'skip'].each {
    expect(log, it)
}
expect(log, 'User property: migrations.target')
expect(log, 'Default: head')
true
