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
    // the catalogued error: which revision, why it ran statement by statement, which statement failed and where
    expect(1, '[RUN-002] The upgrade of revision 4d4d4d4d4d43 (create fixture) ran statement by statement')
    expect(1, 'MariaDB commits each DDL statement by itself')
    expect(1, 'statement 2 of 3 failed at ')
    expect(1, '4d4d4d4d4d43_create_fixture.sql:8')
    expect(1, 'INSERT INTO no_such_table (id) VALUES (1)')
    expect(1, "no_such_table' doesn't exist")
    // what ran and stays, what did not run, and the ways out
    expect(1, 'Statements that ran and stay in effect: line 7. Statements not run after the failing one: 1.')
    expect(1, 'The revision is NOT recorded in `migrations_version`')
    expect(1, 'mvn migrations:stamp -Dmigrations.target=4d4d4d4d4d43')
    // running failed (not the user's configuration): an execution failure
    expect(1, 'MAVEN/MojoExecutionException')
    expect(2, 'Current revision(s): 4d4d4d4d4d42, create player')
    expect(2, '4d4d4d4d4d41 -> 4d4d4d4d4d42 (current), create player')

    // the database itself: the first statement's table stays (MariaDB committed it), the third never ran,
    // and the version table holds the two revisions before the failing one
    def tables = servers.rows("""select table_name from information_schema.tables
            where table_schema = database() order by table_name""").collect { it[0] }
    // the runner's mark of a revision in progress (migrations_progress) is the tool's own, like the version table
    tables = tables.findAll { !it.toString().contains('migrations_progress') }
    assert tables == ['fixture', 'migrations_version', 'player', 'team'] : tables
    def versions = servers.rows('select version_id from migrations_version order by version_id').collect { it[0] }
    assert versions == ['4d4d4d4d4d41', '4d4d4d4d4d42'] : versions
} finally {
    servers.drop()
}
true
