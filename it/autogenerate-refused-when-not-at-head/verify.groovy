import java.nio.file.Files

def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./)
def expect = { int n, String text ->
    if (n >= runs.length || !runs[n].contains(text)) {
        throw new AssertionError("invocation " + n + " of " + basedir.name + " should print: " + text)
    }
}

expect(1, 'aaaa00000001_create_school.sql ... done')
expect(2, '[AUTOGEN-004] The database is not at the head revision: it is at base (no revision applied)')
expect(2, 'aaaa00000001')
expect(2, 'Run mvn migrations:upgrade first, then autogenerate again.')
expect(2, 'BUILD FAILURE')
expect(3, '[AUTOGEN-004]')

def scripts = basedir.toPath().resolve('src/main/resources/db/migrations')
def names = Files.list(scripts).withCloseable { files -> files.map { it.fileName.toString() }.sorted().toList() }
assert names == ['aaaa00000001_create_school.sql'] : names
// nothing touched the database: the SQLite file was never created
assert !new File(basedir, 'school.db').exists()
true
