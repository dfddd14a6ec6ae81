import groovy.json.JsonSlurper

// without the colour codes Maven writes around its own output
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[0-9;]*m/, '')
def lines = log.readLines()
def has = { String text ->
    if (!log.contains(text)) {
        throw new AssertionError(basedir.name + " should print: " + text)
    }
}

// invocation 2: plain lines without Maven's [INFO] prefix, since -q turns Maven's info level off
assert lines.contains('Current revision(s): 9f8e7d6c5b4a (head), add email') : log
assert lines.contains('1a2b3c4d5e6f -> 9f8e7d6c5b4a (head) (current), add email') : log
assert lines.contains('<base> -> 1a2b3c4d5e6f, create person') : log
assert lines.contains('No branch points: the revisions form a single line') : log
assert lines.any { it.startsWith('Rev: 9f8e7d6c5b4a') } : log

// invocation 3: five JSON documents, each on a line of its own
def json = lines.findAll { it.startsWith('{') || it.startsWith('[{') || it == '[]' }.collect { new JsonSlurper().parseText(it) }
assert json.size() == 5 : json
def (current, history, heads, branches, shown) = json
assert current.versionTableExists == true
assert current.current*.revision == ['9f8e7d6c5b4a']
assert current.unknown == []
assert history*.revision == ['9f8e7d6c5b4a', '1a2b3c4d5e6f']
assert history[0].parents == ['1a2b3c4d5e6f'] && history[0].head && history[0].current
assert history[1].parents == [] && history[1].message == 'create person' && !history[1].current
assert heads*.revision == ['9f8e7d6c5b4a']
assert branches == []
assert shown.revision == '9f8e7d6c5b4a' && shown.message == 'add email' && shown.path.endsWith('9f8e7d6c5b4a_add_email.sql')

// invocation 4
has("[CONFIG-107] Unknown output format 'yaml'")
return true
