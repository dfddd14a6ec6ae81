package dev.migrations.core.database.mariadb;

import dev.migrations.core.dialect.ReservedWords;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words that MariaDB 10.11 or MySQL 8 refuse as unquoted names, together with the SQL standard's common ones
 * ({@code user}, {@code value}: not reserved by MariaDB, but quoting them is always correct and keeps a script
 * portable). One list serves both flavours: a word reserved by either is quoted on both.
 */
final class MariaDbReservedWords {

    static final Set<String> WORDS = build();

    private MariaDbReservedWords() {
    }

    private static Set<String> build() {
        Set<String> all = new TreeSet<>(ReservedWords.COMMON);
        all.addAll(Arrays.asList("""
                accessible add analyze asensitive before bigint binary blob call cascade change char character
                collate condition continue convert cube cume_dist current_role cursor database databases day_hour
                day_microsecond day_minute day_second dec decimal declare delayed dense_rank describe deterministic
                distinctrow div double dual each elseif empty enclosed escaped exit explain first_value float float4
                float8 force fulltext function general generated get grouping groups high_priority hour_microsecond
                hour_minute hour_second ignore infile inout insensitive int int1 int2 int3 int4 int8 integer iterate
                json_table keys kill lag last_value lateral lead leave linear lines load localtime localtimestamp
                lock long longblob longtext loop low_priority master_bind master_ssl_verify_server_cert match
                maxvalue mediumblob mediumint mediumtext middleint minute_microsecond minute_second mod modifies
                no_write_to_binlog nth_value ntile numeric of optimize option optionally out outfile
                percent_rank position precision procedure purge range rank read read_write reads real recursive
                regexp release rename repeat replace require resignal restrict return returning revoke rlike
                row_number schema schemas second_microsecond sensitive separator show signal slow smallint spatial
                specific sql sql_big_result sql_calc_found_rows sql_small_result sqlexception sqlstate sqlwarning
                ssl starting stored straight_join system terminated tinyblob tinyint tinytext trigger undo unlock
                unsigned usage use utc_date utc_time utc_timestamp varbinary varchar varcharacter varying virtual
                while write xor year_month zerofill""".strip().split("\\s+")));
        return Set.copyOf(all);
    }
}
