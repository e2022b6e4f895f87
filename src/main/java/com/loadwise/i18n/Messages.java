package com.loadwise.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixed words a reader sees, in one language: {@code loadwise/i18n/messages_LANG.properties} (UTF-8), each
 * key falling back to the English bundle. Read with {@link Properties} rather than {@code ResourceBundle}, whose
 * lookup would fall back to the machine's default locale before English. A value's {@code {0}}, {@code {1}} …
 * are replaced by {@link #format}'s arguments; nothing else in it is special (an apostrophe is an apostrophe).
 * Keys starting {@code t.} are the templates' words ({@link #template}).
 */
public final class Messages {

    /** The language used when none is chosen. */
    public static final String DEFAULT = "en";

    /** Every language with a bundle; a new language adds its bundle here and under src/main/resources. */
    public static final List<String> LANGUAGES = List.of("en", "es");

    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final String lang;
    private final Locale locale;
    private final Map<String, String> words;
    private final Map<String, String> template;

    private Messages(String lang, Map<String, String> words) {
        this.lang = lang;
        this.locale = lang.equals("en") ? Locale.UK : Locale.forLanguageTag(lang);
        this.words = words;
        Map<String, String> t = new TreeMap<>();
        words.forEach((k, v) -> {
            if (k.startsWith("t.")) {
                t.put(k.substring(2), v);
            }
        });
        this.template = Collections.unmodifiableMap(t);
    }

    /** The English words. */
    public static Messages english() {
        return of(DEFAULT);
    }

    /** The words of {@code lang}, one of {@link #LANGUAGES}. */
    public static Messages of(String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("no language '" + lang + "'");
        }
        return CACHE.computeIfAbsent(lang, l -> {
            Map<String, String> words = new LinkedHashMap<>(bundle("en"));
            if (!l.equals("en")) {
                words.putAll(bundle(l));
            }
            return new Messages(l, Collections.unmodifiableMap(words));
        });
    }

    /** The keys and values of one bundle as written, without the English fallback (for tests). */
    public static Map<String, String> bundle(String lang) {
        String name = "/loadwise/i18n/messages_" + lang + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled messages missing: " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language's code ("en", "es"). */
    public String lang() {
        return lang;
    }

    /** The document language of a handout ("en-GB", "es"). */
    public String documentLang() {
        return lang.equals("en") ? "en-GB" : lang;
    }

    public Locale locale() {
        return locale;
    }

    /** The words of {@code key}; a key no bundle has is a bug. */
    public String get(String key) {
        String v = words.get(key);
        if (v == null) {
            throw new IllegalStateException("no message '" + key + "'");
        }
        return v;
    }

    /** The words of {@code key} with {@code {0}}, {@code {1}} … replaced by {@code args}. */
    public String format(String key, Object... args) {
        String v = get(key);
        for (int i = 0; i < args.length; i++) {
            v = v.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return v;
    }

    /** {@code key.one} when {@code n} is 1, else {@code key.other}, formatted with {@code n} first. */
    public String plural(String key, int n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = n;
        System.arraycopy(more, 0, args, 1, more.length);
        return format(key + (n == 1 ? ".one" : ".other"), args);
    }

    /** A load or a distance as printed: whole numbers bare, others to one decimal with the language's separator. */
    public String decimal(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(locale, "%.1f", v);
    }

    /** A date pattern of the bundle ({@code date.KEY}) in this language. */
    public DateTimeFormatter date(String key) {
        return DateTimeFormatter.ofPattern(get("date." + key), locale);
    }

    /** The templates' words: every {@code t.NAME} key as {@code NAME} (templates print {@code {{t.NAME}}}). */
    public Map<String, String> template() {
        return template;
    }
}
