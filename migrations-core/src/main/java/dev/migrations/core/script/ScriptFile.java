package dev.migrations.core.script;

/**
 * A {@code .sql} file found in a script location.
 *
 * @param location its path, or {@code classpath:…} with the jar or folder it came from, as shown in messages
 * @param fileName its name
 * @param bytes    its content
 */
public record ScriptFile(String location, String fileName, byte[] bytes) {
}
