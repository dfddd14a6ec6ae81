// Pastes the README's <build> snippet, exactly as written there, into pom-template.xml and writes pom.xml.
def readme = new File(basedir, '../../../../README.md')
assert readme.isFile() : "README.md not found at " + readme.canonicalPath
def text = readme.getText('UTF-8')
def section = text.substring(text.indexOf('## Add it to a project'))
def start = section.indexOf('```xml\n') + '```xml\n'.length()
def snippet = section.substring(start, section.indexOf('```', start))
assert snippet.trim().startsWith('<build>') && snippet.trim().endsWith('</build>') : snippet
// the README names the version being built: the snippet must run against this build
assert snippet.contains('<version>' + projectVersion + '</version>') : "the README's snippet names another version than " + projectVersion
def template = new File(basedir, 'pom-template.xml').getText('UTF-8')
new File(basedir, 'pom.xml').setText(template.replace('@jakarta.persistence.version@', jakartaPersistenceVersion)
        .replace('  <!-- README snippet -->\n', snippet), 'UTF-8')
return true
