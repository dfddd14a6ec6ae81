def driver = Class.forName('org.sqlite.JDBC').getDeclaredConstructor().newInstance()

// an application's database, made by its own hand-written schema.sql long before this tool
def db = new File(basedir, 'clinic.db')
db.delete()
driver.connect('jdbc:sqlite:' + db.absolutePath, new Properties()).withCloseable { c ->
    c.createStatement().withCloseable { s ->
        s.execute('CREATE TABLE owners (id INTEGER PRIMARY KEY, first_name VARCHAR(30), last_name VARCHAR(30) NOT NULL, city VARCHAR(80) DEFAULT \'Paris\')')
        s.execute('CREATE INDEX owners_last_name ON owners (last_name)')
        s.execute('CREATE TABLE pets (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL, owner_id INTEGER NOT NULL REFERENCES owners (id) ON DELETE CASCADE, weight NUMERIC(6,2) CHECK (weight > 0))')
        s.execute('INSERT INTO owners (id, first_name, last_name) VALUES (1, \'George\', \'Franklin\')')
        s.execute('INSERT INTO pets (id, name, owner_id) VALUES (1, \'Leo\', 1)')
    }
}
return true
