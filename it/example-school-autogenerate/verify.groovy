def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./)
def expect = { int n, String text ->
    if (n >= runs.length || !runs[n].contains(text)) {
        throw new AssertionError("invocation " + n + " of " + basedir.name + " should print: " + text)
    }
}

expect(1, 'Running upgrade 3f1c0a9e2b7d -> 8d4e6b2a1c05, create enrollment')
expect(2, '[AUTOGEN-008] The database differs from the entity model (2 pending changes):')
expect(2, "added column 'course.room'")
expect(2, "added column 'student.email'")
expect(3, "Detected added column 'course.room'")
expect(3, "Detected added column 'student.email'")
expect(3, 'c0c0c0c0c0c3_add_student_email_and_course_room.sql ... done')
expect(4, 'Running upgrade 8d4e6b2a1c05 -> c0c0c0c0c0c3, add student email and course room')
expect(4, 'The database matches the entity model: no revision is needed.')
expect(5, 'Running downgrade c0c0c0c0c0c3 -> 8d4e6b2a1c05, add student email and course room')

def script = new File(basedir, 'src/main/resources/db/migrations/c0c0c0c0c0c3_add_student_email_and_course_room.sql')
        .getText('UTF-8')
assert script.contains('-- Revises: 8d4e6b2a1c05') : script
assert script.contains('alter table student add column email varchar(120)') : script
true
