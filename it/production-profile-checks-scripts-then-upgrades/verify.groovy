// build.log holds every invocation of invoker.properties in order; runs[n] is invocation n's output
def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./)
def expect = { int n, String text ->
    if (n >= runs.length || !runs[n].contains(text)) {
        throw new AssertionError("invocation " + n + " of " + basedir.name + " should print: " + text)
    }
}
def refuse = { int n, String text ->
    if (n < runs.length && runs[n].contains(text)) {
        throw new AssertionError("invocation " + n + " of " + basedir.name + " must not print: " + text)
    }
}
def shadowLine = 'Comparing the entity model with the revision scripts, replayed into a shadow database: ' +
        'a temporary SQLite file'
def upgradeGoal = 'migrations-maven-plugin:' // followed by the version and ':upgrade (migrate)'

// 1: fails in check; upgrade never runs; the target is never opened
expect(1, shadowLine)
expect(1, 'up to head aaaa00000001 (1 revision); the configured database is not connected')
expect(1, '[AUTOGEN-008] The revision scripts (replayed into a shadow database) differ from the entity model ' +
        '(4 pending changes):')
expect(1, "added table 'Teacher'")
expect(1, 'mvn migrations:revision -Dmigrations.autogenerate -Dmigrations.against=scripts')
expect(1, 'BUILD FAILURE')
refuse(1, ':upgrade (migrate)')
refuse(1, 'Running upgrade')
assert !new File(basedir, 'untouched').exists() : 'the failed production build opened the target database'

// 2: check passes from the scripts, then the pending revision is applied
expect(2, shadowLine)
expect(2, 'The revision scripts match the entity model: no revision is needed.')
expect(2, ':upgrade (migrate)')
expect(2, 'Running upgrade <base> -> aaaa00000001, create school')
expect(2, 'BUILD SUCCESS')

// 3: fails again, nothing applied (4 shows the target still at aaaa00000001)
expect(3, '[AUTOGEN-008]')
expect(3, 'BUILD FAILURE')
refuse(3, ':upgrade (migrate)')
refuse(3, 'Running upgrade')

// 4: the revision is committed: applied
expect(4, 'The revision scripts match the entity model: no revision is needed.')
expect(4, 'Running upgrade aaaa00000001 -> bbbb00000002, add phone course and teacher')
expect(4, 'BUILD SUCCESS')

// 5: both goals skipped, each saying so
expect(5, 'Skipping migrations:check: migrations.skip is true')
expect(5, 'Skipping migrations:upgrade: migrations.skip is true')
refuse(5, shadowLine)
expect(5, 'BUILD SUCCESS')

def driver = Class.forName('org.sqlite.JDBC').getDeclaredConstructor().newInstance()
def connection = driver.connect('jdbc:sqlite:' + new File(basedir, 'school.db'), new Properties())
try {
    def tables = []
    def rs = connection.createStatement().executeQuery(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
    while (rs.next()) { tables << rs.getString(1) }
    assert tables == ['Course', 'Student', 'Teacher', 'migrations_version'] : tables
    def applied = []
    rs = connection.createStatement().executeQuery('SELECT version_id FROM migrations_version ORDER BY 1')
    while (rs.next()) { applied << rs.getString(1) }
    assert applied == ['aaaa00000001', 'bbbb00000002'] : applied
} finally {
    connection.close()
}
true
