package dev.migrations.core.script;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileNameTemplateTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void theSlugIsLowerCaseAsciiWordsJoinedByUnderscores() {
        assertEquals("add_e_mail_to_person", FileNameTemplate.slug("  Add E-Mail to Person!  "));
        assertEquals("creme_brulee_naive", FileNameTemplate.slug("Crème brûlée naïve"));
        assertEquals("", FileNameTemplate.slug("!!!"));
    }

    @Test
    void aLongSlugIsCutAtAWordBoundaryWithinFortyCharacters() {
        String slug = FileNameTemplate.slug("rename the customer address table to postal address and backfill it");
        assertEquals("rename_the_customer_address_table_to", slug);
        assertTrue(slug.length() <= 40);
        assertEquals(40, FileNameTemplate.slug("x".repeat(60)).length());
    }

    @Test
    void anEmptyMessageLeavesNoDanglingSeparator() {
        assertEquals("1a2b3c4d5e6f.sql", new FileNameTemplate("<rev>_<slug>").fileName("1a2b3c4d5e6f", "", NOW));
        assertEquals("20260102_030405_1a2b3c4d5e6f_add.sql",
                new FileNameTemplate("<date>_<rev>_<slug>.sql").fileName("1a2b3c4d5e6f", "add", NOW));
    }
}
