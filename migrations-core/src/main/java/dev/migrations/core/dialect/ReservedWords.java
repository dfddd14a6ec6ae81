package dev.migrations.core.dialect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Words that cannot be used unquoted as names, per database, plus the SQL standard's most common ones. */
public final class ReservedWords {

    /** Reserved in the SQL standard and in most databases; quoted everywhere. */
    public static final Set<String> COMMON = words("""
            all alter and any array as asc authorization between both by case cast check column constraint create
            cross current_date current_time current_timestamp current_user default delete desc distinct drop else
            end except exists false fetch for foreign from full grant group having if in index inner insert
            intersect interval into is join key leading left like limit natural not null offset on or order outer
            over partition primary references right row rows select session_user set some table then to trailing
            true union unique update user using value values when where window with""");

    /** H2 2.x keywords (its documentation's list of reserved words). */
    public static final Set<String> H2 = union(COMMON, words("""
            asymmetric current_catalog current_path current_role current_schema day groups hour ilike localtime
            localtimestamp minus minute month qualify range regexp rownum second symmetric system_user top uescape
            unknown year _rowid_"""));

    /**
     * PostgreSQL's reserved key words, and those that cannot name a column or a table unquoted (its documentation's
     * "SQL Key Words" appendix).
     */
    public static final Set<String> POSTGRESQL = union(COMMON, words("""
            analyse analyze asymmetric binary collate collation concurrently current_catalog current_role
            current_schema deferrable do freeze ilike initially isnull lateral localtime localtimestamp notnull only
            overlaps placing returning similar symmetric system_user tablesample variadic verbose"""));

    /** SQLite's keywords; SQLite accepts some unquoted, but quoting them is always correct. */
    public static final Set<String> SQLITE = union(COMMON, words("""
            abort action add after always analyze attach autoincrement before begin cascade collate commit conflict
            current database deferrable deferred detach do each escape exclude exclusive explain fail filter first
            following generated glob groups ignore immediate indexed initially instead isnull last match
            materialized no nothing notnull nulls of others plan pragma preceding query raise range recursive
            regexp reindex release rename replace restrict returning rollback savepoint temp temporary ties
            transaction trigger unbounded vacuum view virtual without"""));

    private ReservedWords() {
    }

    private static Set<String> words(String text) {
        return new TreeSet<>(Arrays.asList(text.strip().split("\\s+")));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    public static boolean contains(Set<String> words, String identifier) {
        return words.contains(identifier.toLowerCase(Locale.ROOT));
    }
}
