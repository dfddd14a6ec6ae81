// build.log holds every invocation of invoker.properties in order; runs[n] is invocation n's output
def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./)
def expect = { int n, String text ->
    if (n >= runs.length || !runs[n].contains(text)) {
        throw new AssertionError("invocation " + n + " of " + basedir.name + " should print: " + text)
    }
}

expect(1, 'Running upgrade <base> -> 4d4d4d4d4d41, create person')
// the refusal: which revision, which guard (file and line), the step, how many rows and which
expect(1, '[RUN-005] The upgrade of revision 4d4d4d4d4d42 (unique email) was refused before its')
expect(1, '4d4d4d4d4d42_unique_email.sql:8 found 1 row')
expect(1, 'the unique index on person (email): addresses held by more than one person')
expect(1, 'email=ann@example.com')
expect(1, 'copies=2')
// every guard that finds rows is reported in the same refusal
expect(1, '4d4d4d4d4d42_unique_email.sql:10 found 1 row that the step "email becomes required: people without one"')
expect(1, 'id=4')
expect(1, 'Revisions completed before it in this command stay applied: 4d4d4d4d4d41.')
expect(2, 'Current revision(s): 4d4d4d4d4d41, create person')

// nothing of the refused revision ran
def driver = Class.forName('org.sqlite.JDBC').getDeclaredConstructor().newInstance()
def connection = driver.connect('jdbc:sqlite:' + new File(basedir, 'app.db'), new Properties())
try {
    def tables = []
    def rs = connection.createStatement().executeQuery("SELECT name FROM sqlite_master ORDER BY name")
    while (rs.next()) { tables << rs.getString(1) }
    assert tables.contains('person') : tables
    assert !tables.contains('person_audit') : 'no statement of the refused revision may run: ' + tables
    assert !tables.contains('ux_person_email') : tables
    assert !tables.contains('person_email_required') : tables
    def count = connection.createStatement().executeQuery('SELECT COUNT(*) FROM migrations_version')
    count.next()
    assert count.getInt(1) == 1 : 'one revision recorded, not ' + count.getInt(1)
} finally {
    connection.close()
}

def sql = new File(basedir, 'target/upgrade.sql').getText('UTF-8')
assert sql.contains('-- guard: the unique index on person (email): addresses held by more than one person') : sql
assert sql.contains('--   SELECT email, count(*) AS copies FROM person WHERE email IS NOT NULL GROUP BY email HAVING count(*) > 1') : sql
assert sql.indexOf('-- guard: the unique index') < sql.indexOf('CREATE TABLE person_audit') : sql
true
