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

expect(1, '[CONFIG-106] migrations:revision needs a message')
expect(1, 'mvn migrations:revision -Dmigrations.message=')

expect(2, '[AUTOGEN-001] There is no entity model at ')
expect(2, '<annotationProcessorPaths>')
expect(2, 'mvn compile')
assert new File(basedir, 'src/main/resources/db/migrations').list().length == 1 : 'a refused revision writes no file'

expect(3, '[SCRIPT-020]')
expect(3, "No revision 'latest'")

expect(4, '[CONFIG-102] settings.xml has no <server> with <id>no-such-server</id>')
// bad input, from the plugin (4) or from core (3), is a failure for the user to fix
expect(3, 'MAVEN/MojoFailureException')
expect(4, 'MAVEN/MojoFailureException')

expect(5, '[CONFIG-104] No JDBC driver for jdbc:postgresql://localhost:5432/app')
expect(5, '<groupId>org.postgresql</groupId>')
expect(5, '<artifactId>postgresql</artifactId>')
expect(5, '<artifactId>migrations-maven-plugin</artifactId>')
refuse('hunter2')

expect(6, '[CONFIG-101] -Dmigrations.verbose=maybe is not a boolean')

expect(7, '[CONFIG-003]')
expect(7, 'postgres://localhost/app')

expect(8, 'Skipping migrations:upgrade: migrations.skip is true')
assert !runs[8].contains('Running upgrade')

expect(9, "[SHADOW-001] 'live' is not something to compare the entity model with")
expect(9, '<against> (-Dmigrations.against)')
expect(9, 'MAVEN/MojoFailureException')

expect(10, '[SHADOW-002] The shadow database URL postgres://ci:***@db/shadow is not a JDBC URL')
expect(10, '<shadowUrl> (-Dmigrations.shadowUrl)')
refuse('hunter3')

assert !new File(basedir, 'app.db').exists() : 'no configuration error may create the database'
// a bad target is refused before the database is opened, so neither the file nor its folders appear
assert !new File(basedir, 'target/bad').exists() : 'a bad target must not create the database or its folders'
true
