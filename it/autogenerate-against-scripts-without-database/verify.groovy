import java.nio.file.Files

// build.log holds every invocation of invoker.properties in order; runs[n] is invocation n's output
def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./)
def expect = { int n, String text ->
    if (n >= runs.length || !runs[n].contains(text)) {
        throw new AssertionError("invocation " + n + " of " + basedir.name + " should print: " + text)
    }
}
def shadowLine = 'Comparing the entity model with the revision scripts, replayed into a shadow database: ' +
        'a temporary SQLite file'

expect(1, shadowLine)
expect(1, 'no revisions yet; the configured database is not connected')
expect(1, "Detected added table 'Course'")
expect(1, "Detected added table 'Student'")
expect(1, 'aaaa00000001_create_school.sql ... done')
expect(2, shadowLine)
expect(2, 'up to head aaaa00000001 (1 revision); the configured database is not connected')
expect(2, "Detected added column 'Student.phone'")
expect(2, "Detected added foreign key [course_id] -> Course[id] on 'Student'")
expect(2, "Detected added table 'Teacher'")
expect(2, 'bbbb00000002_add_phone_course_and_teacher.sql ... done')
expect(3, 'up to head bbbb00000002 (2 revisions); the configured database is not connected')
expect(3, 'The revision scripts match the entity model: no revision is needed.')
expect(4, 'Running upgrade <base> -> aaaa00000001, create school')
expect(4, 'Running upgrade aaaa00000001 -> bbbb00000002, add phone course and teacher')
expect(4, 'The database matches the entity model: no revision is needed.')

assert !new File(basedir, 'school.db').exists() : 'autogenerate against the scripts opened the database'
assert !new File(basedir, 'never').exists() : 'check against the scripts opened the database'

def scripts = basedir.toPath().resolve('src/main/resources/db/migrations')
def names = Files.list(scripts).withCloseable { files -> files.map { it.fileName.toString() }.sorted().toList() }
assert names == ['aaaa00000001_create_school.sql', 'bbbb00000002_add_phone_course_and_teacher.sql'] : names
def second = scripts.resolve('bbbb00000002_add_phone_course_and_teacher.sql').toFile().getText('UTF-8')
assert second.contains('-- Revises: aaaa00000001') : second
assert second.toLowerCase().contains('create table teacher') : second

def driver = Class.forName('org.sqlite.JDBC').getDeclaredConstructor().newInstance()
def connection = driver.connect('jdbc:sqlite:' + new File(basedir, 'real.db'), new Properties())
try {
    def tables = []
    def rs = connection.createStatement().executeQuery(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
    while (rs.next()) { tables << rs.getString(1) }
    assert tables == ['Course', 'Student', 'Teacher', 'migrations_version'] : tables
    def columns = []
    rs = connection.createStatement().executeQuery("SELECT name FROM pragma_table_info('Student') ORDER BY cid")
    while (rs.next()) { columns << rs.getString(1) }
    assert columns == ['id', 'name', 'phone', 'course_id'] : columns
} finally {
    connection.close()
}
true
