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

expect(1, 'Running upgrade <base> -> 3f1c0a9e2b7d, create teacher, course and student')
expect(1, 'Running upgrade 3f1c0a9e2b7d -> 8d4e6b2a1c05, create enrollment')
expect(1, 'Current revision(s): 8d4e6b2a1c05 (head), create enrollment')
expect(2, 'Running downgrade 8d4e6b2a1c05 -> 3f1c0a9e2b7d, create enrollment')
expect(2, 'Running downgrade 3f1c0a9e2b7d -> <base>, create teacher, course and student')
expect(2, 'Current revision(s): none')
expect(3, 'Upgraded <base> -> 8d4e6b2a1c05: 2 revisions applied')
expect(3, '3f1c0a9e2b7d -> 8d4e6b2a1c05 (head) (current), create enrollment')

def driver = Class.forName('org.sqlite.JDBC').getDeclaredConstructor().newInstance()
def connection = driver.connect('jdbc:sqlite:' + new File(basedir, 'school.db'), new Properties())
try {
    def objects = []
    def rs = connection.createStatement().executeQuery(
            "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1")
    while (rs.next()) { objects << rs.getString(1) }
    assert objects == ['index ix_enrollment_course', 'table course', 'table enrollment', 'table migrations_version',
                       'table student', 'table teacher'] : objects
} finally {
    connection.close()
}
true
