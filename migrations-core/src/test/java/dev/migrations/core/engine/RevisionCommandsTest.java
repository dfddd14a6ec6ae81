package dev.migrations.core.engine;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.RevisionResult;
import dev.migrations.core.api.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionCommandsTest {

    @TempDir
    Path dir;

    private Migrations migrations() {
        return Migrations.configure().scriptLocation(dir.resolve("migrations"))
                .clock(Clock.fixed(Instant.parse("2026-05-06T07:08:09Z"), ZoneOffset.UTC)).load();
    }

    private List<String> files() throws IOException {
        Path folder = dir.resolve("migrations");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void revisionWritesAnEmptyScriptNamedAfterItsIdAndMessage() throws IOException {
        RevisionResult result = migrations().revision(RevisionRequest.of("Add e-mail to Person (café)"));
        String id = result.revision().id();
        assertTrue(id.matches("[0-9a-f]{12}"), id);
        assertEquals(id + "_add_e_mail_to_person_cafe.sql", result.path().getFileName().toString());
        assertEquals("""
                -- Revision ID: %s
                -- Revises:
                -- Create Date: 2026-05-06 07:08:09 UTC
                -- Message: Add e-mail to Person (café)

                -- migrate:upgrade

                -- migrate:downgrade
                """.formatted(id), Files.readString(result.path()));
        assertEquals(List.of(), result.revision().parents());
        assertTrue(result.revision().isHead());
    }

    @Test
    void aNewRevisionRevisesTheSingleHeadByDefault() {
        String first = migrations().revision(RevisionRequest.of("one")).revision().id();
        RevisionInfo second = migrations().revision(RevisionRequest.of("two")).revision();
        assertEquals(List.of(first), second.parents());
    }

    @Test
    void withSeveralHeadsTheParentMustBeGivenAndNothingIsWritten() throws IOException {
        migrations().revision(RevisionRequest.of("one").withRevId("aaaa00000001"));
        migrations().revision(RevisionRequest.of("two").withRevId("bbbb00000001").withHead("base"));
        List<String> before = files();
        ScriptException e = assertThrows(ScriptException.class,
                () -> migrations().revision(RevisionRequest.of("three")));
        assertEquals("SCRIPT-042", e.id());
        assertTrue(e.getMessage().contains("head=<revision>") && e.getMessage().contains("the merge command"),
                e.getMessage());
        assertEquals(before, files());
        RevisionInfo third = migrations().revision(RevisionRequest.of("three").withHead("bbbb")).revision();
        assertEquals(List.of("bbbb00000001"), third.parents());
    }

    @Test
    void explicitIdsAreValidatedAndMustBeFree() throws IOException {
        assertEquals("SCRIPT-040", assertThrows(ScriptException.class,
                () -> migrations().revision(RevisionRequest.of("x").withRevId("Not-Valid"))).id());
        assertEquals("SCRIPT-040", assertThrows(ScriptException.class,
                () -> migrations().revision(RevisionRequest.of("x").withRevId("head"))).id());
        migrations().revision(RevisionRequest.of("x").withRevId("release_1"));
        assertEquals("SCRIPT-041", assertThrows(ScriptException.class,
                () -> migrations().revision(RevisionRequest.of("y").withRevId("release_1"))).id());
        assertEquals(List.of("release_1_x.sql"), files());
    }

    @Test
    void anUnknownParentWritesNothing() throws IOException {
        assertEquals("SCRIPT-020", assertThrows(ScriptException.class,
                () -> migrations().revision(RevisionRequest.of("x").withHead("abcdef"))).id());
        assertEquals(List.of(), files());
    }

    @Test
    void suppliedBodiesAreWrittenAndAMarkerInsideThemIsRefused() throws IOException {
        RevisionResult result = migrations().revision(RevisionRequest.of("t")
                .withBodies("CREATE TABLE t (id INT);", "DROP TABLE t;").withNoTransaction(true));
        String text = Files.readString(result.path());
        assertTrue(text.contains("-- migrate:no-transaction\n"), text);
        assertTrue(text.contains("-- migrate:upgrade\nCREATE TABLE t (id INT);\n\n-- migrate:downgrade\nDROP TABLE t;\n"),
                text);
        assertEquals("SCRIPT-048", assertThrows(ScriptException.class, () -> migrations().revision(
                RevisionRequest.of("u").withBodies("SELECT 1;\n-- migrate:downgrade\n", ""))).id());
        assertEquals(1, files().size());
    }

    @Test
    void mergeJoinsAllHeadsAndNeedsAtLeastTwo() {
        migrations().revision(RevisionRequest.of("root").withRevId("aaaa00000001"));
        assertEquals("SCRIPT-043", assertThrows(ScriptException.class,
                () -> migrations().merge(List.of(), "", null)).id());
        migrations().revision(RevisionRequest.of("left").withRevId("bbbb00000001"));
        migrations().revision(RevisionRequest.of("right").withRevId("cccc00000001").withHead("aaaa00000001"));
        RevisionResult merge = migrations().merge(List.of(), "", "dddd00000001");
        assertEquals(List.of("bbbb00000001", "cccc00000001"), merge.revision().parents());
        assertEquals("merge bbbb00000001, cccc00000001", merge.revision().message());
        assertTrue(merge.revision().isMergePoint());
        assertEquals(List.of("dddd00000001"), migrations().heads().stream().map(RevisionInfo::id).toList());
        assertEquals("SCRIPT-047", assertThrows(ScriptException.class,
                () -> migrations().merge(List.of("aaaa00000001", "bbbb00000001"), "m", null)).id());
    }

    @Test
    void historyHeadsBranchesAndShowDescribeTheGraph() {
        migrations().revision(RevisionRequest.of("root").withRevId("aaaa00000001"));
        migrations().revision(RevisionRequest.of("left").withRevId("bbbb00000001"));
        migrations().revision(RevisionRequest.of("right").withRevId("cccc00000001").withHead("aaaa"));
        assertEquals(List.of("cccc00000001", "bbbb00000001", "aaaa00000001"),
                migrations().history(null).stream().map(RevisionInfo::id).toList());
        assertEquals(List.of("bbbb00000001", "aaaa00000001"),
                migrations().history("aaaa:bbbb").stream().map(RevisionInfo::id).toList());
        assertEquals(List.of("bbbb00000001", "aaaa00000001"),
                migrations().history("bbbb:aaaa").stream().map(RevisionInfo::id).toList());
        assertEquals("SCRIPT-029", assertThrows(ScriptException.class,
                () -> migrations().history("bbbb:cccc")).id());
        assertEquals(List.of("bbbb00000001", "cccc00000001"),
                migrations().heads().stream().map(RevisionInfo::id).toList());
        List<RevisionInfo> branches = migrations().branches();
        assertEquals(1, branches.size());
        assertEquals(List.of("bbbb00000001", "cccc00000001"), branches.get(0).children());
        assertEquals("<base> -> aaaa00000001 (branchpoint), root", branches.get(0).toString());
        RevisionInfo shown = migrations().show("cccc");
        assertTrue(shown.describe().contains("Parent: aaaa00000001"), shown.describe());
        assertTrue(shown.describe().contains("Path: " + dir.resolve("migrations")), shown.describe());
    }

    @Test
    void aClasspathLocationCannotTakeNewRevisions() {
        Migrations fromClasspath = Migrations.configure().classpathLocation("db/none").load();
        assertEquals("SCRIPT-045", assertThrows(ScriptException.class,
                () -> fromClasspath.revision(RevisionRequest.of("x"))).id());
    }

    @Test
    void theFileTemplateNamesFilesAndIsValidatedAtLoad() throws IOException {
        Migrations dated = Migrations.configure().scriptLocation(dir.resolve("migrations")).fileTemplate("<date>_<rev>")
                .clock(Clock.fixed(Instant.parse("2026-05-06T07:08:09Z"), ZoneOffset.UTC)).load();
        dated.revision(RevisionRequest.of("whatever").withRevId("abc"));
        assertEquals(List.of("20260506_070809_abc.sql"), files());
        assertEquals("CONFIG-007", assertThrows(ConfigurationException.class,
                () -> Migrations.configure().scriptLocation(dir).fileTemplate("<slug>").load()).id());
        assertEquals("CONFIG-007", assertThrows(ConfigurationException.class,
                () -> Migrations.configure().scriptLocation(dir).fileTemplate("<rev>_<user>").load()).id());
    }

    @Test
    void configurationMistakesAreNamed() {
        assertEquals("CONFIG-001", assertThrows(ConfigurationException.class, () -> Migrations.configure()
                .scriptLocation(dir).classpathLocation("db/migrations").load()).id());
        assertEquals("CONFIG-002", assertThrows(ConfigurationException.class,
                () -> Migrations.configure().load()).id());
        assertEquals("CONFIG-003", assertThrows(ConfigurationException.class,
                () -> Migrations.configure().scriptLocation(dir).url("sqlite:x.db").load()).id());
        assertEquals("CONFIG-004", assertThrows(ConfigurationException.class,
                () -> Migrations.configure().scriptLocation(dir).versionTable("bad name").load()).id());
        assertEquals("CONFIG-008", assertThrows(ConfigurationException.class,
                () -> Migrations.configure().scriptLocation(dir).load().upgrade("head")).id());
    }

    @Test
    void aSqlFileThatIsNotARevisionIsNamedAndOtherFilesAreIgnored() throws IOException {
        migrations().revision(RevisionRequest.of("one"));
        Files.writeString(dir.resolve("migrations/README.md"), "notes");
        assertEquals(1, migrations().history(null).size());
        Files.writeString(dir.resolve("migrations/seed.sql"), "INSERT INTO t VALUES (1);\n");
        ScriptException e = assertThrows(ScriptException.class, () -> migrations().history(null));
        assertEquals("SCRIPT-001", e.id());
        assertTrue(e.getMessage().contains("seed.sql"), e.getMessage());
    }
}
