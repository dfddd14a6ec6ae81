def servers = evaluate(new File(basedir, '../../../../it/servers.groovy'))
try {
    // build.log holds every invocation of invoker.properties in order; runs[n] is invocation n's output
    def log = new File(basedir, 'build.log').getText('UTF-8')
    def runs = log.split(/\[INFO\] Scanning for projects\.\.\./)
    def expect = { int n, String text ->
        if (n >= runs.length || !runs[n].contains(text)) {
            throw new AssertionError("invocation " + n + " of " + basedir.name + " should print: " + text)
        }
    }

    expect(1, 'Running upgrade <base> -> 4d4d4d4d4d41, create team')
    expect(1, 'Running upgrade 4d4d4d4d4d41 -> 4d4d4d4d4d42, create player')
    // the catalogued error: which revision, which statement failed and where, and the database's own message
    expect(1, '[RUN-001] The upgrade of revision 4d4d4d4d4d43 (create fixture) failed at ')
    expect(1, '4d4d4d4d4d43_create_fixture.sql:8 (statement 2 of 3)')
    expect(1, 'INSERT INTO no_such_table (id) VALUES (1)')
    expect(1, 'relation "no_such_table" does not exist')
    expect(1, 'The revision was rolled back: none of its statements remain and no version row was written.')
    expect(1, 'Revisions completed before it stay applied: 4d4d4d4d4d41, 4d4d4d4d4d42.')
    expect(1, 'MAVEN/MojoExecutionException')
    assert !runs[1].contains('[RUN-002]') : 'PostgreSQL runs a revision in one transaction, not statement by statement'
    expect(2, 'Current revision(s): 4d4d4d4d4d42, create player')
    expect(2, '4d4d4d4d4d41 -> 4d4d4d4d4d42 (current), create player')

    // the database itself: the failing revision's first statement was rolled back with it (transactional DDL),
    // the earlier revisions stay and are recorded
    def tables = servers.rows("""select table_name from information_schema.tables
            where table_schema = 'public' order by table_name""").collect { it[0] }
    assert tables == ['migrations_version', 'player', 'team'] : tables
    def versions = servers.rows('select version_id from migrations_version order by version_id').collect { it[0] }
    assert versions == ['4d4d4d4d4d41', '4d4d4d4d4d42'] : versions
} finally {
    servers.drop()
}
true
