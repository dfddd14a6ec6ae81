// a fresh database of its own on the PostgreSQL server; verify.groovy drops it
evaluate(new File(basedir, '../../../../it/servers.groovy')).create('postgresql')
true
