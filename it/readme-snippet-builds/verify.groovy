// the invoker names the Maven version that ran the build: 3.8.x in one execution, 3.9.x in the other
println "readme-snippet-builds ran on Maven " + mavenVersion
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("Detected added table 'Book'") : log
assert log.contains('Running upgrade <base> -> ') : log
assert log.contains('The database matches the entity model: no revision is needed.') : log
assert new File(basedir, 'app.db').isFile()
assert new File(basedir, 'target/classes/META-INF/migrations/model.json').isFile()
return true
