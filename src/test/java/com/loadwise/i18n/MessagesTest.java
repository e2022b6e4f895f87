package com.loadwise.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundles: the same keys in every language, the same placeholders, and every template word present. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern TEMPLATE_WORD = Pattern.compile("\\{\\{\\{?t\\.([A-Za-z0-9]+)}?}}");

    @Test
    void everyLanguageHasTheEnglishKeysAndNoOthers() {
        Map<String, String> en = Messages.bundle("en");
        for (String lang : Messages.LANGUAGES) {
            assertEquals(en.keySet(), Messages.bundle(lang).keySet(), lang);
        }
    }

    @Test
    void aTranslationKeepsEveryPlaceholder() {
        Map<String, String> en = Messages.bundle("en");
        for (String lang : Messages.LANGUAGES) {
            Map<String, String> other = Messages.bundle(lang);
            en.forEach((k, v) -> assertEquals(placeholders(v), placeholders(other.get(k)), lang + " " + k));
        }
    }

    @Test
    void everyWordATemplateAsksForIsInTheBundle() throws IOException {
        TreeSet<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".mustache")).toList()) {
                Matcher m = TEMPLATE_WORD.matcher(Files.readString(f));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertTrue(asked.size() > 40, "templates ask for " + asked);
        TreeSet<String> missing = new TreeSet<>(asked);
        missing.removeAll(Messages.of("es").template().keySet());
        assertEquals(new TreeSet<String>(), missing);
    }

    @Test
    void spanishDatesUseSpanishNames() {
        Messages es = Messages.of("es");
        assertEquals("4 de enero de 2027", es.date("long").format(java.time.LocalDate.of(2027, 1, 4)));
        assertEquals("4 January 2027", Messages.english().date("long").format(java.time.LocalDate.of(2027, 1, 4)));
    }

    @Test
    void anUnknownLanguageIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Messages.of("xx"));
    }

    private static List<String> placeholders(String v) {
        return PLACEHOLDER.matcher(v).results().map(r -> r.group()).sorted().toList();
    }
}
