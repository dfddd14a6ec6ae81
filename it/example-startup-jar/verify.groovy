import java.util.concurrent.TimeUnit
import java.util.jar.JarFile

// examples/startup as a user runs it: java -jar target/startup.jar in a folder of their choice
def jar = new File(basedir, 'startup/target/startup.jar')
assert jar.isFile(): 'mvn package builds startup/target/startup.jar'

def entries = new JarFile(jar).withCloseable { j -> j.entries().collect { it.name } as Set }
['META-INF/migrations/model.json',
 'db/migrations/61f148f1f14e_create_author_and_book.sql',
 'db/migrations/857689d0fa0d_record_application_starts.sql',
 'db/seed/001_sample.sql',
 'dev/migrations/examples/startup/StartupApp.class',
 'dev/migrations/core/api/Migrations.class',
 'org/sqlite/JDBC.class',
 'org/postgresql/Driver.class',
 'org/mariadb/jdbc/Driver.class'].each { assert entries.contains(it): "startup.jar holds $it" }
def drivers = new JarFile(jar).withCloseable { j ->
    j.getInputStream(j.getEntry('META-INF/services/java.sql.Driver')).getText('UTF-8')
}
['org.sqlite.JDBC', 'org.postgresql.Driver', 'org.mariadb.jdbc.Driver'].each {
    assert drivers.contains(it): "every driver stays registered in META-INF/services/java.sql.Driver: $drivers"
}

def java = new File(System.getProperty('java.home'), 'bin/java').path
int runs = 0
/** Runs the jar in dir with only the given variables of the application's set; returns status, stdout, stderr. */
def run = { File dir, Map env, List args = [] ->
    dir.mkdirs()
    runs++
    def out = new File(dir, "run-${runs}.out")
    def err = new File(dir, "run-${runs}.err")
    def builder = new ProcessBuilder([java, '-XX:TieredStopAtLevel=1', '-jar', jar.path] + args).directory(dir)
            .redirectOutput(out).redirectError(err)
    ['DB_URL', 'DB_USER', 'DB_PASSWORD', 'APP_DEBUG', 'MIGRATIONS_URL'].each { builder.environment().remove(it) }
    builder.environment().putAll(env)
    def started = System.nanoTime()
    def process = builder.start()
    assert process.waitFor(120, TimeUnit.SECONDS): "java -jar startup.jar ends (run $runs in $dir.name)"
    def result = [status: process.exitValue(), out: out.getText('UTF-8'), err: err.getText('UTF-8')]
    println "[example-startup-jar] run $runs in $dir.name, $env: status ${result.status} in " +
            "${(System.nanoTime() - started).intdiv(1_000_000)} ms"
    result
}
def expect = { Map result, String text ->
    assert result.out.contains(text): "the output should contain: $text\n--- stdout\n$result.out--- stderr\n$result.err"
}
def query = { File file, String sql ->
    def driver = Class.forName('org.sqlite.JDBC').getDeclaredConstructor().newInstance()
    def connection = driver.connect('jdbc:sqlite:' + file, new Properties())
    try {
        def rows = []
        def rs = connection.createStatement().executeQuery(sql)
        while (rs.next()) { rows << rs.getString(1) }
        rows
    } finally {
        connection.close()
    }
}
def tables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"

// 1. development: the default database in the working folder, the model's tables, the seed rows
def dev = new File(basedir, 'run-development')
def first = run(dev, [APP_DEBUG: 'true'])
assert first.status == 0: first
expect(first, 'Database: jdbc:sqlite:startup.db (the default; set DB_URL to change it)')
expect(first, 'Development mode: creating the entity model\'s missing tables and loading the seed data')
expect(first, 'Created table author')
expect(first, 'Created table book')
expect(first, 'Created table app_start')
expect(first, 'Loaded seed 001_sample.sql')
expect(first, 'Development database ready: 3 tables created (app_start, author, book), 1 seed script loaded (001_sample.sql).')
expect(first, 'Books: 3')
expect(first, '  Dune (1965) by Frank Herbert')
expect(first, 'Starts recorded: 1')
assert first.err.isEmpty(): first.err
def devDb = new File(dev, 'startup.db')
assert query(devDb, tables) == ['app_start', 'author', 'book', 'migrations_seed']: 'no version table in development'
assert query(devDb, 'SELECT count(*) FROM book') == ['3']
assert query(devDb, 'SELECT script FROM migrations_seed') == ['001_sample.sql']

// 2. development again: nothing to create, the seed is not loaded twice
def second = run(dev, [APP_DEBUG: 'true'])
assert second.status == 0: second
expect(second, 'Every table of the model exists; nothing to create.')
expect(second, '1 seed script loaded before (001_sample.sql)')
expect(second, 'Books: 3')
expect(second, 'Starts recorded: 2')
assert query(devDb, 'SELECT count(*) FROM author') == ['2']

// 3. production, the database named in .env: the two revisions, no seed rows, the drift check agrees
def prod = new File(basedir, 'run-production')
prod.mkdirs()
new File(prod, '.env').setText('# the production database\nDB_URL=jdbc:sqlite:production.db\n', 'UTF-8')
def upgrade = run(prod, [APP_DEBUG: 'false'])
assert upgrade.status == 0: upgrade
expect(upgrade, 'Database: jdbc:sqlite:production.db (DB_URL in .env)')
expect(upgrade, 'Production mode: applying the migrations up to head')
expect(upgrade, 'Running upgrade <base> -> 61f148f1f14e, create author and book')
expect(upgrade, 'Running upgrade 61f148f1f14e -> 857689d0fa0d, record application starts')
expect(upgrade, 'The database matches the entity model.')
expect(upgrade, 'Production database ready: 2 revisions applied (61f148f1f14e, 857689d0fa0d), the database is at 857689d0fa0d.')
expect(upgrade, 'Books: 0')
expect(upgrade, 'Starts recorded: 1')
assert upgrade.err.isEmpty(): upgrade.err
def prodDb = new File(prod, 'production.db')
assert query(prodDb, tables) == ['app_start', 'author', 'book', 'migrations_version']: 'no seed table in production'
assert query(prodDb, 'SELECT version_id FROM migrations_version ORDER BY version_id') == ['61f148f1f14e', '857689d0fa0d']
assert query(prodDb, 'SELECT count(*) FROM book') == ['0']
assert query(prodDb, 'SELECT mode FROM app_start') == ['production']

// 4. production again, APP_DEBUG unset, the environment's DB_URL before .env: nothing to apply
def again = run(prod, [DB_URL: 'jdbc:sqlite:production.db'])
assert again.status == 0: again
expect(again, 'Database: jdbc:sqlite:production.db (environment variable DB_URL)')
expect(again, 'Nothing to upgrade: the database is at 857689d0fa0d.')
expect(again, 'Production database ready: no revision to apply, the database is at 857689d0fa0d.')
expect(again, 'Starts recorded: 2')

// 5. failures: one catalogued line first, status 1, and the password nowhere, not even with --verbose
def failing = new File(basedir, 'run-failures')
def secret = 'Sup3rSecret-startup'
def unreachable = run(failing, [DB_URL: "jdbc:postgresql://127.0.0.1:1/app?user=app&password=${secret}".toString()],
        ['--verbose'])
assert unreachable.status == 1: unreachable
assert unreachable.err.startsWith('[DB-002] Cannot connect to jdbc:postgresql://127.0.0.1:1/app?user=app&password=***'): unreachable.err
expect(unreachable, 'Database: jdbc:postgresql://127.0.0.1:1/app?user=app&password=*** (environment variable DB_URL)')
def separate = run(failing, [DB_URL: 'jdbc:postgresql://127.0.0.1:1/app', DB_USER: 'app', DB_PASSWORD: secret],
        ['--verbose'])
assert separate.status == 1: separate
assert separate.err.startsWith('[DB-002] '): separate.err
[unreachable, separate].each { assert !(it.out + it.err).contains(secret): "the password is printed: $it" }

def typo = run(failing, [APP_DEBUG: 'yes'])
assert typo.status == 1: typo
assert typo.err.startsWith('[CONFIG-012] The environment variable APP_DEBUG is \'yes\''): typo.err
assert !new File(failing, 'startup.db').exists(): 'a refused configuration touches no database'

def noDriver = run(failing, [DB_URL: 'jdbc:db2://127.0.0.1:50000/app'])
assert noDriver.status == 1: noDriver
assert noDriver.err.startsWith('[DB-001] No JDBC driver for jdbc:db2://127.0.0.1:50000/app'): noDriver.err
true
