package dev.migrations.core.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.migrations.model.TypeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'draft'|VARCHAR|'draft'",
            "('draft')|VARCHAR|'draft'",
            "'draft'::character varying|VARCHAR|'draft'",
            "CAST('draft' AS VARCHAR(20))|VARCHAR|'draft'",
            "'it''s'|VARCHAR|'it''s'",
            "0|INTEGER|0",
            "(0)|INTEGER|0",
            "0.00|DECIMAL|0",
            "1.50|DECIMAL|1.5",
            "+7|INTEGER|7",
            "-1|INTEGER|-1",
            "(-1)|INTEGER|-1",
            "1|BOOLEAN|TRUE",
            "0|BOOLEAN|FALSE",
            "b'1'|BOOLEAN|TRUE",
            "b'0'|BOOLEAN|FALSE",
            "true|BOOLEAN|TRUE",
            "FALSE|BOOLEAN|FALSE",
            "'t'|BOOLEAN|TRUE",
            "true|VARCHAR|TRUE",
            "current_timestamp|TIMESTAMP|CURRENT_TIMESTAMP",
            "CURRENT_TIMESTAMP()|TIMESTAMP|CURRENT_TIMESTAMP",
            "current_timestamp(6)|TIMESTAMP|CURRENT_TIMESTAMP",
            "now()|TIMESTAMP_TZ|CURRENT_TIMESTAMP",
            "CURRENT_DATE|DATE|CURRENT_DATE",
            "localtimestamp|TIMESTAMP|LOCALTIMESTAMP",
            "lower(  'A'  )|VARCHAR|lower( 'A' )",
            "nextval('seq'::regclass)|BIGINT|nextval('seq'::regclass)"
    })
    void bringsEachSpellingToTheNormalForm(String raw, TypeKind kind, String normal) {
        assertEquals(normal, DefaultValues.normalize(raw, kind));
    }

    @Test
    void readsNoDefaultAndNullAsNoDefault() {
        assertNull(DefaultValues.normalize(null, TypeKind.VARCHAR));
        assertNull(DefaultValues.normalize("  ", TypeKind.VARCHAR));
        assertNull(DefaultValues.normalize("NULL", TypeKind.VARCHAR));
        assertNull(DefaultValues.normalize("(null)", TypeKind.INTEGER));
    }

    @Test
    void keepsSpacesInsideStringLiterals() {
        assertEquals("'a  b'", DefaultValues.normalize("'a  b'", TypeKind.VARCHAR));
        assertEquals("concat('a  b', x)", DefaultValues.normalize("concat('a  b',   x)", null));
    }
}
