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

expect(1, 'Running upgrade <base> -> 3c3c3c3c3c31, create team')
expect(1, 'Running upgrade 3c3c3c3c3c31 -> 3c3c3c3c3c32, create player')
// the file and line of the failing statement, and the database's own message
expect(1, '[RUN-001]')
expect(1, '3c3c3c3c3c33_create_match.sql:8')
expect(1, 'no_such_table')
// running failed (not the user's configuration): an execution failure
expect(1, 'MAVEN/MojoExecutionException')
expect(2, 'Current revision(s): 3c3c3c3c3c32, create player')
expect(2, '3c3c3c3c3c31 -> 3c3c3c3c3c32 (current), create player')

// read the database itself: the failing revision is neither recorded nor half-applied
// the driver is on the script's class path through the plugin's test class path (addTestClassPath)
def driver = Class.forName('org.sqlite.JDBC').getDeclaredConstructor().newInstance()
def connection = driver.connect('jdbc:sqlite:' + new File(basedir, 'app.db'), new Properties())
try {
    def tables = []
    def rs = connection.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    while (rs.next()) { tables << rs.getString(1) }
    assert tables.containsAll(['team', 'player', 'migrations_version']) : tables
    assert !tables.contains('fixture') : 'the failing revision must be rolled back: ' + tables
    def count = connection.createStatement().executeQuery('SELECT COUNT(*) FROM migrations_version')
    count.next()
    assert count.getInt(1) == 2 : 'two revisions recorded, not ' + count.getInt(1)
} finally {
    connection.close()
}
true
