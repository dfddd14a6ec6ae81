import java.nio.file.Files

// this project runs from migrations-maven-plugin/target/it/<name>: the repository root is four folders up
def repository = basedir.toPath().resolve('../../../..').normalize()
def source = repository.resolve('examples/school/src/main/resources/db/migrations')
def target = basedir.toPath().resolve('src/main/resources/db/migrations')
Files.createDirectories(target)
Files.list(source).withCloseable { files ->
    files.filter { it.fileName.toString().endsWith('.sql') }.forEach { Files.copy(it, target.resolve(it.fileName)) }
}
true
