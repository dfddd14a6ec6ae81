package dev.migrations.core.api;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a front end names settings and commands in messages. Core states a fix in neutral terms (which setting,
 * which value, which command, built with {@link Advice}); each front end phrases it in its own words: the Maven
 * plugin as {@code <url> (-Dmigrations.url)} and {@code mvn migrations:stamp -Dmigrations.target=…}, an
 * application as the setting's name. {@link #NEUTRAL} is what {@link MigrationsException#getMessage()} uses.
 *
 * <pre>{@code
 * catch (MigrationsException e) {
 *     log.error(e.message(myPhrasing));
 * }
 * }</pre>
 */
public interface Phrasing {

    /** Names settings and commands as the runtime API does: {@code the 'url' setting}, {@code the stamp command}. */
    Phrasing NEUTRAL = new Phrasing() {
        @Override
        public String setting(String name) {
            return "the '" + name + "' setting";
        }

        @Override
        public String settingValue(String name, String value) {
            return name + "=" + value;
        }

        @Override
        public String command(String name, List<String> settingValues) {
            return "the " + name + " command" + (settingValues.isEmpty() ? ""
                    : " with " + String.join(", ", settingValues.stream().map(a -> {
                        String[] kv = a.split("=", 2);
                        return settingValue(kv[0], kv.length > 1 ? kv[1] : "");
                    }).toList()));
        }
    };

    /** A setting, by its name in the runtime API ({@code url}, {@code scriptLocation}). */
    String setting(String name);

    /** A setting with a value ({@code target=-1}). */
    String settingValue(String name, String value);

    /** A command ({@code stamp}) with {@code name=value} settings. */
    String command(String name, List<String> settingValues);

    /** The text with every {@link Advice} mark phrased. */
    default String render(String text) {
        Matcher m = Advice.MARK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> parts = Arrays.asList(m.group(2).split("\u001f", -1));
            String phrase = switch (m.group(1)) {
                case "setting" -> setting(parts.get(0));
                case "value" -> settingValue(parts.get(0), parts.get(1));
                default -> command(parts.get(0), parts.subList(1, parts.size()));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(phrase));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Marks in a message that a {@link Phrasing} phrases; see {@link Phrasing}. */
    final class Advice {

        static final Pattern MARK = Pattern.compile("\u001e(setting|value|command):([^\u001e]*)\u001e");

        private Advice() {
        }

        /** A setting: {@code setting("url")}. */
        public static String setting(String name) {
            return "\u001esetting:" + name + "\u001e";
        }

        /** A setting with a value: {@code value("target", "-1")}. */
        public static String value(String name, String value) {
            return "\u001evalue:" + name + "\u001f" + value + "\u001e";
        }

        /** A command with {@code name=value} settings: {@code command("stamp", "target=head")}. */
        public static String command(String name, String... settingValues) {
            StringBuilder mark = new StringBuilder("\u001ecommand:").append(name);
            for (String a : settingValues) {
                mark.append('\u001f').append(a);
            }
            return mark.append('\u001e').toString();
        }
    }
}
