// a fresh database of its own on the PostgreSQL server, and another session holding the migration lock in it
// until the first upgrade has waited for it; verify.groovy drops the database
def servers = evaluate(new File(basedir, '../../../../it/servers.groovy'))
servers.create('postgresql')
servers.holdPostgresLockUntilAWaiter()
true
