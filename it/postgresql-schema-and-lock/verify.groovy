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

    // the lock: the first upgrade found it held, said so once, naming the holder, and went on when it was free
    assert servers.lockHolder() == 'released after a waiter' : 'the lock holder saw no command wait: ' + servers.lockHolder()
    def waiting = 'Waiting for the migration lock (another process is migrating, held by server process '
    expect(1, waiting)
    expect(1, ' of "it-lock-holder")')
    assert runs[1].count(waiting) == 1 : 'the wait is announced once'
    assert runs[1].indexOf(waiting) < runs[1].indexOf('Running upgrade <base> -> 6e6e6e6e6e61') : 'nothing ran before the lock'

    // the schema: created by the first upgrade, holding the version table
    expect(1, 'Created the schema inventory')
    expect(1, 'Created the version table inventory.migrations_version')
    expect(1, 'Running upgrade <base> -> 6e6e6e6e6e61, create item')
    expect(1, 'Running upgrade 6e6e6e6e6e61 -> 6e6e6e6e6e62, index item sku')
    expect(2, 'Current revision(s): 6e6e6e6e6e62 (head), index item sku')
    expect(2, '6e6e6e6e6e61 -> 6e6e6e6e6e62 (head) (current), index item sku')
    // the no-transaction revision both ways: PostgreSQL refuses CONCURRENTLY inside a transaction block
    expect(3, 'Running downgrade 6e6e6e6e6e62 -> 6e6e6e6e6e61, index item sku')
    expect(3, 'Current revision(s): 6e6e6e6e6e61, create item')
    expect(4, 'Running upgrade 6e6e6e6e6e61 -> 6e6e6e6e6e62, index item sku')
    expect(4, 'Current revision(s): 6e6e6e6e6e62 (head), index item sku')
    assert !log.contains('cannot run inside a transaction block') : 'CONCURRENTLY ran in a transaction'

    // the catalogue: every table in the schema, none in public
    def tables = servers.rows("""select table_schema, table_name from information_schema.tables
            where table_schema in ('public', 'inventory') order by 1, 2""").collect { it[0] + '.' + it[1] }
    // the runner's mark of a revision in progress (migrations_progress) is the tool's own, like the version table
    tables = tables.findAll { !it.toString().contains('migrations_progress') }
    assert tables == ['inventory.item', 'inventory.migrations_version'] : tables
    def items = servers.rows('select sku from inventory.item order by id').collect { it[0] }
    assert items == ['A-1', 'A-2'] : items
    // the index built concurrently is complete and usable
    def index = servers.rows("""select n.nspname, i.indisvalid, i.indisready from pg_index i
            join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
            where c.relname = 'ix_item_sku'""")
    assert index == [['inventory', true, true]] : index
    def versions = servers.rows('select version_id from inventory.migrations_version order by version_id')
            .collect { it[0] }
    assert versions == ['6e6e6e6e6e61', '6e6e6e6e6e62'] : versions
} finally {
    servers.drop()
}
true
