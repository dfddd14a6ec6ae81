// The database servers of the end-to-end projects that run against PostgreSQL or MariaDB. Each such project
// (it/postgresql-*, it/mariadb-*) loads this file from its selector, setup and verify scripts:
//
//     def servers = evaluate(new File(basedir, '../../../../it/servers.groovy'))
//
// selector.groovy:  return servers.available('postgresql')
//     true when the server answers. When it does not, the project is skipped with a message saying how to start
//     the server; under CI=true the project fails instead (CI must test every database).
// setup.groovy:     servers.create('postgresql')
//     a fresh database it_<project>_<random> on the server; every invocation of invoker.properties gets its URL
//     as -Dmigrations.url (and -Dmigrations.user / -Dmigrations.password from the server URL's parameters).
// verify.groovy:    servers.connect() gives a connection to that database; servers.drop() drops it (call it in a
//     finally: verify.groovy also runs when a build failed).
//
// The servers are the ones the unit tests use (TestServers): the JDBC URL of an administrative connection in
// MIGRATIONS_TEST_POSTGRESQL / MIGRATIONS_TEST_MARIADB, by default the local servers on their standard ports.
// The JDBC drivers are dependencies of maven-invoker-plugin in migrations-maven-plugin/pom.xml, so they are on
// the scripts' class path; they are used directly, not through DriverManager, which would not see them there.
// This project runs from migrations-maven-plugin/target/it/<name>: the repository root is four folders up.

class ItServers {

    static final Map<String, Map<String, String>> KINDS = [
        postgresql: [
            title       : 'PostgreSQL',
            variable    : 'MIGRATIONS_TEST_POSTGRESQL',
            defaultUrl  : 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres',
            startCommand: 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
            driver      : 'org.postgresql.Driver',
            // seconds; a server that is down usually refuses at once, one that hangs must not hang the build
            timeout     : 'connectTimeout=5',
        ],
        mariadb   : [
            title       : 'MariaDB',
            variable    : 'MIGRATIONS_TEST_MARIADB',
            defaultUrl  : 'jdbc:mariadb://127.0.0.1:3306/test?user=root',
            startCommand: 'start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd',
            driver      : 'org.mariadb.jdbc.Driver',
            timeout     : 'connectTimeout=5000',
        ],
    ]

    final File basedir
    /** The invoker's user properties: shared by this project's scripts and passed to each invocation as -D. */
    final Properties userProperties

    ItServers(File basedir, Properties userProperties) {
        this.basedir = basedir
        this.userProperties = userProperties
    }

    static Map<String, String> kind(String name) {
        def kind = KINDS[name]
        if (kind == null) {
            throw new IllegalArgumentException("no server '" + name + "'; known: " + KINDS.keySet())
        }
        return kind
    }

    /** The administrative URL: the environment variable's value, or the local server. */
    static String adminUrl(String name) {
        def configured = System.getenv(kind(name).variable)
        return configured == null || configured.isBlank() ? kind(name).defaultUrl : configured
    }

    /** The URL without a password, for messages. */
    static String masked(String url) {
        return url.replaceAll(/(?i)(password=)[^&;]*/, '$1***').replaceAll(/\/\/([^:\/@]+):[^@\/]*@/, '//$1:***@')
    }

    static boolean ci() {
        return 'true'.equalsIgnoreCase(System.getenv('CI'))
    }

    /**
     * {@code jdbc:…//host:port/db?user=u&password=p&x=y} split into a URL without the credentials and the
     * credentials: the URL of database {@code database} ({@code jdbc:…//host:port/database?x=y}), or of the URL's
     * own database when {@code database} is null.
     */
    static Map split(String url, String database) {
        int hosts = url.indexOf('//')
        int query = url.indexOf('?', hosts + 2)
        def path = query < 0 ? url : url.substring(0, query)
        int slash = path.indexOf('/', hosts + 2)
        def head = slash < 0 ? path : path.substring(0, slash)
        def kept = []
        def credentials = [:]
        if (query >= 0) {
            url.substring(query + 1).split('&').findAll { !it.isEmpty() }.each { String parameter ->
                def equals = parameter.indexOf('=')
                def key = equals < 0 ? parameter : parameter.substring(0, equals)
                def value = equals < 0 ? '' : URLDecoder.decode(parameter.substring(equals + 1), 'UTF-8')
                if (key == 'user' || key == 'password') {
                    credentials[key] = value
                } else {
                    kept << parameter
                }
            }
        }
        return [url: (database == null ? path : head + '/' + database) + (kept ? '?' + kept.join('&') : ''),
                user: credentials.user,
                password: credentials.password]
    }

    /** A connection through the driver itself (DriverManager does not see drivers of a plugin's class loader). */
    static java.sql.Connection open(String name, String url, String user, String password,
                                    Map<String, String> extra = [:]) {
        def driver = (java.sql.Driver) Class.forName(kind(name).driver, true, ItServers.classLoader)
                .getDeclaredConstructor().newInstance()
        def properties = new Properties()
        if (user != null) {
            properties.setProperty('user', user)
        }
        if (password != null && !password.isEmpty()) {
            properties.setProperty('password', password)
        }
        def timeout = kind(name).timeout.split('=')
        properties.setProperty(timeout[0], timeout[1])
        extra.each { key, value -> properties.setProperty(key, value) }
        def connection = driver.connect(url, properties)
        if (connection == null) {
            throw new IllegalStateException('the ' + kind(name).title + ' driver does not accept ' + masked(url))
        }
        return connection
    }

    static java.sql.Connection admin(String name) {
        def admin = split(adminUrl(name), null)
        return open(name, admin.url, admin.user, admin.password)
    }

    /** Prints on the console of the Maven run, which the scripts' System.out (their build.log) is not. */
    static void console(String line) {
        def out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, 'UTF-8')
        out.println(line)
        out.flush()
    }

    /**
     * For selector.groovy: whether the server answers. When it does not, false (the project is skipped) with a
     * message on the console and in build.log; under CI=true an exception (the project fails).
     */
    boolean available(String name) {
        try {
            admin(name).withCloseable { it.createStatement().execute('SELECT 1') }
            return true
        } catch (java.sql.SQLException e) {
            // only the server's silence skips: a missing driver or a broken script fails the project as it should
            def message = kind(name).title + ' does not answer at ' + masked(adminUrl(name)) + ' (' + e.message +
                    '). Start it with \'' + kind(name).startCommand + '\', or set ' + kind(name).variable +
                    ' to the JDBC URL of an administrative connection to one.'
            if (ci()) {
                throw new IllegalStateException('CI=true needs every database server: ' + message, e)
            }
            def line = '[WARNING] Skipping ' + basedir.name + ': ' + message +
                    ' (Under CI=true this project fails instead.)'
            println(line)
            console(line)
            return false
        }
    }

    /**
     * For setup.groovy: creates this project's own database and hands its URL (and the credentials) to every
     * invocation as -Dmigrations.url, -Dmigrations.user and -Dmigrations.password. Returns the database's name.
     */
    String create(String name) {
        def suffix = UUID.randomUUID().toString().replace('-', '').substring(0, 8)
        def project = basedir.name.toLowerCase(Locale.ROOT).replaceAll(/[^a-z0-9]+/, '_')
        // PostgreSQL keeps 63 characters of a name, MariaDB 64
        def database = 'it_' + project.take(63 - 'it_'.length() - suffix.length() - 1) + '_' + suffix
        admin(name).withCloseable { it.createStatement().execute('CREATE DATABASE ' + database) }
        userProperties.setProperty('it.server', name)
        userProperties.setProperty('it.database', database)
        def target = split(adminUrl(name), database)
        userProperties.setProperty('migrations.url', target.url)
        if (target.user != null) {
            userProperties.setProperty('migrations.user', target.user)
        }
        if (target.password != null && !target.password.isEmpty()) {
            userProperties.setProperty('migrations.password', target.password)
        }
        println('Created the ' + kind(name).title + ' database ' + database + ' for ' + basedir.name)
        return database
    }

    /** The database create() made, or null. */
    String database() {
        return userProperties.getProperty('it.database')
    }

    /** The URL of the database create() made, as the builds got it (without credentials). */
    String url() {
        return userProperties.getProperty('migrations.url')
    }

    /** For verify.groovy: a connection to the database create() made. */
    java.sql.Connection connect() {
        def name = userProperties.getProperty('it.server')
        if (name == null) {
            throw new IllegalStateException('setup.groovy created no database for ' + basedir.name)
        }
        return open(name, url(), userProperties.getProperty('migrations.user'),
                userProperties.getProperty('migrations.password'))
    }

    /**
     * For setup.groovy of a PostgreSQL project: another session, application "it-lock-holder", takes the tool's
     * migration lock on this project's database (the advisory lock PostgresAdvisoryLock takes, its key the bytes of
     * "migrate!") and keeps it until a command has tried to take it and has waited a second, then lets go, so that a
     * build can show both the waiting and the going on. It lets go after two minutes in any case. verify.groovy
     * reads what happened from lockHolder(): "released after a waiter" or "released unasked".
     */
    void holdPostgresLockUntilAWaiter() {
        def connection = open('postgresql', url(), userProperties.getProperty('migrations.user'),
                userProperties.getProperty('migrations.password'), [ApplicationName: 'it-lock-holder'])
        connection.createStatement().execute('SELECT pg_advisory_lock(' + POSTGRES_LOCK_KEY + ')')
        userProperties.setProperty('it.lockHolder', 'holding')
        Thread.startDaemon('it-lock-holder-' + database()) {
            def outcome = 'released unasked'
            try {
                def waiter = connection.prepareStatement('''SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND pid <> pg_backend_pid()
                        AND query LIKE 'SELECT pg_try_advisory_lock(%' ''')
                long deadline = System.nanoTime() + 120_000_000_000L
                while (System.nanoTime() < deadline) {
                    def rs = waiter.executeQuery()
                    rs.next()
                    if (rs.getInt(1) > 0) {
                        // the command has tried, and says once that it waits: give it a second to say so
                        Thread.sleep(1000)
                        outcome = 'released after a waiter'
                        break
                    }
                    Thread.sleep(100)
                }
                connection.createStatement().execute('SELECT pg_advisory_unlock(' + POSTGRES_LOCK_KEY + ')')
            } finally {
                userProperties.setProperty('it.lockHolder', outcome)
                connection.close()
            }
        }
    }

    /** The key of PostgresAdvisoryLock: the bytes of "migrate!" as a number. */
    static final long POSTGRES_LOCK_KEY = 0x6d69677261746521L

    /** What holdPostgresLockUntilAWaiter() did, or null when it was not asked to. */
    String lockHolder() {
        return userProperties.getProperty('it.lockHolder')
    }

    /** Runs one query and returns its rows, each a list of its columns' values. */
    List<List<Object>> rows(String sql, Object... parameters) {
        return connect().withCloseable { connection ->
            def statement = connection.prepareStatement(sql)
            parameters.eachWithIndex { value, i -> statement.setObject(i + 1, value) }
            def rs = statement.executeQuery()
            def result = []
            while (rs.next()) {
                result << (1..rs.metaData.columnCount).collect { rs.getObject(it) }
            }
            result
        }
    }

    /** For verify.groovy (in a finally): drops the database create() made, with everything in it. */
    void drop() {
        def name = userProperties.getProperty('it.server')
        def database = database()
        if (name == null || database == null) {
            return
        }
        admin(name).withCloseable {
            it.createStatement().execute(name == 'postgresql' ? 'DROP DATABASE IF EXISTS ' + database + ' WITH (FORCE)'
                    : 'DROP DATABASE IF EXISTS ' + database)
        }
        userProperties.remove('it.database')
        println('Dropped the ' + kind(name).title + ' database ' + database)
    }
}

// context is the map the invoker shares between one project's scripts; its userProperties go to every invocation
new ItServers(basedir, (Properties) context.userProperties)
