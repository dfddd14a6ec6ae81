def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('(f) serverId = it-db') : 'mvn -X should list the parameters'
assert log.contains('Using database jdbc:sqlite:target/app.db?user=env_user&password=*** (environment variable DB_URL)')
assert !log.contains('s3cr3t-from-settings') : "the settings.xml server's password must never be printed"
assert !log.contains('hunter3') : "the URL's password must never be printed"
true
