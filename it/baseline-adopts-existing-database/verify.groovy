import java.nio.file.Files
def driver = Class.forName('org.sqlite.JDBC').getDeclaredConstructor().newInstance()

def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./)
def expect = { int n, String text ->
    if (n >= runs.length || !runs[n].contains(text)) {
        throw new AssertionError("invocation " + n + " of " + basedir.name + " should print: " + text)
    }
}
expect(1, "Adopting table 'owners'")
expect(1, "Adopting table 'pets'")
expect(1, 'Adopted the database: 2 tables and sequences in revision 0000aaaa0001')
expect(2, 'Current revision(s): 0000aaaa0001 (head), adopt')
expect(3, 'Running upgrade <base> -> 0000aaaa0001, adopt')
expect(4, '[AUTOGEN-011] A baseline is the first revision')

def scripts = basedir.toPath().resolve('src/main/resources/db/migrations')
def names = Files.list(scripts).withCloseable { files -> files.map { it.fileName.toString() }.sorted().toList() }
assert names == ['0000aaaa0001_adopt.sql'] : names

// the same tables, columns, keys and indexes in both, read from SQLite's own catalogue
def catalogue = { String file ->
    driver.connect('jdbc:sqlite:' + new File(basedir, file).absolutePath, new Properties()).withCloseable { c ->
        def rows = []
        c.createStatement().executeQuery("SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk FROM sqlite_master m "
                + "JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'migrations_%' ORDER BY 1, 2").withCloseable { r ->
            while (r.next()) {
                def row = (1..6).collect { r.getString(it) }
                // a rowid primary key never holds null, whether or not it was declared NOT NULL
                if (row[5] != '0') { row[3] = '1' }
                rows << row.join('|').toLowerCase()
            }
        }
        c.createStatement().executeQuery("SELECT m.name, f.\"table\", f.\"from\", f.\"to\", f.on_delete FROM sqlite_master m "
                + "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY 1, 3").withCloseable { r ->
            while (r.next()) { rows << 'fk ' + (1..5).collect { r.getString(it) }.join('|') }
        }
        c.createStatement().executeQuery("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY 1").withCloseable { r ->
            while (r.next()) { rows << 'index ' + r.getString(1) + '|' + r.getString(2) }
        }
        rows
    }
}
def adopted = catalogue('clinic.db')
assert adopted.contains('owners|last_name|varchar(30)|1|null|0') : adopted
assert adopted.contains('index owners_last_name|owners') : adopted
assert catalogue('fresh.db') == adopted
return true
