import java.nio.file.Files

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

expect(1, 'Compiling the project (up to process-classes) to refresh the entity model')
expect(1, "Detected added table 'Course'")
expect(1, "Detected added table 'Student'")
expect(1, 'aaaa00000001_create_school.sql ... done')
expect(2, 'Running upgrade <base> -> aaaa00000001, create school')
expect(3, "Detected added column 'Student.phone'")
expect(3, "Detected added column 'Student.course_id'")
expect(3, "Detected added foreign key [course_id] -> Course[id] on 'Student'")
expect(3, "Detected added table 'Teacher'")
expect(3, 'bbbb00000002_add_phone_course_and_teacher.sql ... done')
expect(4, 'Running upgrade aaaa00000001 -> bbbb00000002, add phone course and teacher')
expect(4, 'The database matches the entity model: no revision is needed.')
expect(5, 'No changes in schema detected.')
refuse(5, 'Generating ')
expect(6, 'Running downgrade bbbb00000002 -> aaaa00000001, add phone course and teacher')

def scripts = basedir.toPath().resolve('src/main/resources/db/migrations')
def names = Files.list(scripts).withCloseable { files -> files.map { it.fileName.toString() }.sorted().toList() }
assert names == ['aaaa00000001_create_school.sql', 'bbbb00000002_add_phone_course_and_teacher.sql'] : names
def second = scripts.resolve('bbbb00000002_add_phone_course_and_teacher.sql').toFile().getText('UTF-8')
assert second.contains('-- Revises: aaaa00000001') : second
assert second.toLowerCase().contains('create table teacher') : second

def driver = Class.forName('org.sqlite.JDBC').getDeclaredConstructor().newInstance()
def connection = driver.connect('jdbc:sqlite:' + new File(basedir, 'school.db'), new Properties())
try {
    def objects = []
    def rs = connection.createStatement().executeQuery(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
    while (rs.next()) { objects << rs.getString(1) }
    assert objects == ['Course', 'Student', 'migrations_version'] : objects
    def columns = []
    rs = connection.createStatement().executeQuery("SELECT name FROM pragma_table_info('Student') ORDER BY cid")
    while (rs.next()) { columns << rs.getString(1) }
    assert columns == ['id', 'name'] : columns
} finally {
    connection.close()
}
true
