import java.nio.file.Files

// this project runs from migrations-maven-plugin/target/it/<name>: the repository root is four folders up
def repository = basedir.toPath().resolve('../../../..').normalize()
def example = repository.resolve('examples/startup')
def copy = basedir.toPath().resolve('startup')
Files.createDirectories(copy)
// the example's parent is found through the local repository here, not two folders up
def pom = Files.readString(example.resolve('pom.xml'))
        .replace('<relativePath>../../pom.xml</relativePath>', '<relativePath/>')
Files.writeString(copy.resolve('pom.xml'), pom)
def sources = example.resolve('src')
Files.walk(sources).withCloseable { paths ->
    paths.filter { Files.isRegularFile(it) }.forEach {
        def target = copy.resolve('src').resolve(sources.relativize(it).toString())
        Files.createDirectories(target.parent)
        Files.copy(it, target)
    }
}
true
