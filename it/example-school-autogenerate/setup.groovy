import java.nio.file.Files

// this project runs from migrations-maven-plugin/target/it/<name>: the repository root is four folders up
def repository = basedir.toPath().resolve('../../../..').normalize()
def example = repository.resolve('examples/school/src')
def target = basedir.toPath().resolve('src')
Files.walk(example).withCloseable { paths ->
    paths.filter { Files.isRegularFile(it) }.forEach {
        def copy = target.resolve(example.relativize(it).toString())
        Files.createDirectories(copy.parent)
        Files.copy(it, copy)
    }
}
true
