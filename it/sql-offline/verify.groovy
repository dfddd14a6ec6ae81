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

expect(1, 'CREATE TABLE product (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE);')
expect(1, 'CREATE TABLE price')
expect(1, 'migrations_version')
assert runs[1].indexOf('CREATE TABLE product') < runs[1].indexOf('CREATE TABLE price')

def output = new File(basedir, 'target/sql/downgrade.sql')
assert output.isFile() : 'migrations:sql should write ' + output
def sql = output.getText('UTF-8')
assert sql.contains('DROP TABLE price;') && sql.contains('DROP TABLE product;')
assert sql.indexOf('DROP TABLE price;') < sql.indexOf('DROP TABLE product;') : 'downgrade runs newest first'
assert !sql.contains('CREATE TABLE product')
expect(2, 'Generating ' + output.canonicalPath + ' ... done')

assert !new File(basedir, 'never-created.db').exists() : 'migrations:sql must not touch the database'
true
