// a fresh database of its own on the MariaDB server; verify.groovy drops it
evaluate(new File(basedir, '../../../../it/servers.groovy')).create('mariadb')
true
