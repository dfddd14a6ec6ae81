import java.nio.file.Files

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
    def refuse = { int n, String text ->
        if (n < runs.length && runs[n].contains(text)) {
            throw new AssertionError("invocation " + n + " of " + basedir.name + " must not print: " + text)
        }
    }

    // every goal that touches the database says which one: this project's own, from -Dmigrations.url
    expect(1, 'Using database ' + servers.url() + ' (-Dmigrations.url) as root')
    expect(1, "Detected added table 'Customer'")
    expect(1, "Detected added table 'Purchase'")
    expect(1, "Detected added sequence 'Purchase_SEQ'")
    expect(1, 'aaaa00000001_create_shop.sql ... done')
    expect(2, 'Created the version table `migrations_version`')
    expect(2, 'Running upgrade <base> -> aaaa00000001, create shop')
    expect(3, "Detected added column 'Customer.phone'")
    expect(3, "Detected added table 'Shipment'")
    // a new enum constant: the model's check changes; on MariaDB that restates the native enum column
    expect(3, "Detected removed check status in ('ACTIVE','BLOCKED') on 'Customer'")
    expect(3, "Detected added check status in ('ACTIVE','BLOCKED','DELETED') on 'Customer'")
    refuse(3, "Detected added table 'Customer'")
    refuse(3, 'Detected added sequence')
    expect(3, 'bbbb00000002_add_phone_and_shipments.sql ... done')
    expect(4, 'Running upgrade aaaa00000001 -> bbbb00000002, add phone and shipments')
    expect(4, 'The database matches the entity model: no revision is needed.')
    expect(5, 'No changes in schema detected.')
    refuse(5, 'Generating ')
    expect(6, 'aaaa00000001 -> bbbb00000002 (head) (current), add phone and shipments')
    expect(6, '<base> -> aaaa00000001, create shop')
    expect(6, 'Current revision(s): bbbb00000002 (head), add phone and shipments')
    expect(7, 'Running downgrade bbbb00000002 -> aaaa00000001, add phone and shipments')
    expect(7, 'Current revision(s): aaaa00000001, create shop')

    def scripts = basedir.toPath().resolve('src/main/resources/db/migrations')
    def names = Files.list(scripts).withCloseable { files -> files.map { it.fileName.toString() }.sorted().toList() }
    assert names == ['aaaa00000001_create_shop.sql', 'bbbb00000002_add_phone_and_shipments.sql'] : names
    def first = scripts.resolve('aaaa00000001_create_shop.sql').toFile().getText('UTF-8')
    // MariaDB's own types, as Hibernate's MariaDBDialect writes them: a native enum (values sorted, no check),
    // datetime(6), bit, auto_increment, a native sequence
    assert first.contains('create sequence `Purchase_SEQ` start with 1 increment by 50') : first
    assert first.contains('id bigint not null auto_increment') : first
    assert first.contains("status enum('ACTIVE','BLOCKED')") : first
    assert !first.contains('check (') : first
    assert first.contains('`createdAt` datetime(6)') : first
    assert first.contains('active bit not null') : first
    assert first.contains('total decimal(10,2) not null') : first
    assert first.contains('foreign key (customer_id) references `Customer` (id)') : first
    assert first.contains('alter table `Purchase` drop foreign key fk_purchase_customer_id;') : first
    def second = scripts.resolve('bbbb00000002_add_phone_and_shipments.sql').toFile().getText('UTF-8')
    // the column comes back where it was, the enum is restated with the new value and back
    assert second.contains('alter table `Customer` add column phone varchar(30) after `createdAt`;') : second
    assert second.contains("alter table `Customer` modify column status enum('ACTIVE','BLOCKED','DELETED');") : second
    assert second.contains("alter table `Customer` modify column status enum('ACTIVE','BLOCKED');") : second
    assert second.contains('drop table `Shipment`;') : second

    // the catalogue after downgrade -1: the first version's tables, exactly
    def tables = servers.rows("""select table_name, table_type from information_schema.tables
            where table_schema = database() order by table_name""").collect { it[0] + ':' + it[1] }
    // the runner's mark of a revision in progress (migrations_progress) is the tool's own, like the version table
    tables = tables.findAll { !it.toString().contains('migrations_progress') }
    assert tables == ['Customer:BASE TABLE', 'migrations_version:BASE TABLE', 'Purchase:BASE TABLE',
                      'Purchase_SEQ:SEQUENCE'] : tables
    def columns = servers.rows("""select table_name, column_name, column_type, is_nullable, extra
            from information_schema.columns where table_schema = database()
            and table_name in ('Customer', 'Purchase')""")
            .collectEntries { [(it[0] + '.' + it[1]): it.drop(2)] }
    assert !columns.containsKey('Customer.phone') : columns.keySet()
    assert columns['Customer.id'] == ['bigint(20)', 'NO', 'auto_increment'] : columns['Customer.id']
    assert columns['Customer.status'] == ["enum('ACTIVE','BLOCKED')", 'YES', ''] : columns['Customer.status']
    assert columns['Customer.createdAt'] == ['datetime(6)', 'YES', ''] : columns['Customer.createdAt']
    assert columns['Customer.active'] == ['bit(1)', 'NO', ''] : columns['Customer.active']
    assert columns['Purchase.total'] == ['decimal(10,2)', 'NO', ''] : columns['Purchase.total']
    assert columns['Purchase.id'] == ['bigint(20)', 'NO', ''] : columns['Purchase.id']
    def increment = servers.rows('select `increment` from `Purchase_SEQ`')
    assert increment == [[50L]] : increment
    def keys = servers.rows("""select constraint_name, referenced_table_name from information_schema.referential_constraints
            where constraint_schema = database()""").collect { it[0] + '->' + it[1] }
    assert keys == ['fk_purchase_customer_id->Customer'] : keys
    def versions = servers.rows('select version_id from migrations_version').collect { it[0] }
    assert versions == ['aaaa00000001'] : versions
} finally {
    servers.drop()
}
true
