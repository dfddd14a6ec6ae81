import java.nio.file.Files

def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./)
def expect = { int n, String text ->
    if (n >= runs.length || !runs[n].contains(text)) {
        throw new AssertionError("invocation " + n + " of " + basedir.name + " should print: " + text)
    }
}

expect(1, 'Running upgrade <base> -> aaaa00000001, create school')
expect(2, '[AUTOGEN-008] The database differs from the entity model (4 pending changes):')
expect(2, "added column 'Student.phone'")
expect(2, "added foreign key [course_id] -> Course[id] on 'Student'")
expect(2, "added table 'Teacher'")
expect(2, 'mvn migrations:revision -Dmigrations.autogenerate')
expect(2, 'BUILD FAILURE')
expect(3, 'The database matches the entity model: no revision is needed.')
expect(3, 'Not reviewed yet (delete the -- WARNING line once it is): aaaa00000001: DS101: table ')
expect(4, '[AUTOGEN-009] The revision would carry warnings that <failOn> (-Dmigrations.failOn) refuses, so nothing was written:')
expect(4, "DD106 (upgrade): a foreign key of 'Student' (course_id) to 'Course' is added")
expect(5, '[AUTOGEN-010] Warnings that <failOn> (-Dmigrations.failOn) refuses:')
expect(5, 'aaaa00000001: DS101: table ')
expect(6, "[CONFIG-013] 'DS1' in <failOn> (-Dmigrations.failOn) is not a warning code")

def scripts = basedir.toPath().resolve('src/main/resources/db/migrations')
def names = Files.list(scripts).withCloseable { files -> files.map { it.fileName.toString() }.sorted().toList() }
assert names == ['aaaa00000001_create_school.sql'] : names
true
