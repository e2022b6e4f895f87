package com.loadwise.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each YAML limit: hit, named with the file (and position) and how to raise it; raised, it lets the file in. */
class InputLimitsTest {

    private static String problem(InputException e) {
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0).format();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndARaisedLimitReadsIt(@TempDir Path tmp) throws IOException {
        // given a 2 MiB + 1 KiB profile-like file made of comments and one key
        Path big = tmp.resolve("big.yaml");
        StringBuilder sb = new StringBuilder("name: x\n");
        while (sb.length() < 2 * 1024 * 1024 + 1024) {
            sb.append("# padding padding padding padding padding padding padding padding\n");
        }
        Files.writeString(big, sb);

        // when read with the defaults, then refused, naming the file and the variable that raises it
        String message = problem(assertThrows(InputException.class, () -> new YamlReader().read(big, "big.yaml")));
        assertEquals(
                "big.yaml: file is too large (" + Files.size(big)
                        + " bytes; the limit is 2097152 bytes) (split it into several files, or raise"
                        + " the limit with the environment variable LOADWISE_MAX_FILE_SIZE)",
                message);

        // and with LOADWISE_MAX_FILE_SIZE=3M it is read
        InputLimits raised = InputLimits.fromEnvironment(Map.of("LOADWISE_MAX_FILE_SIZE", "3M"));
        assertEquals(3L * 1024 * 1024, raised.maxFileBytes());
        assertTrue(new YamlReader(raised).read(big, "big.yaml").root() != null);
    }

    @Test
    void anAliasIsRefusedAtItsPosition() {
        byte[] bomb = ("a: &a [x, x, x, x, x, x, x, x, x]\n" + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: [*b, *b, *b, *b, *b, *b, *b, *b]\n")
                .getBytes(StandardCharsets.UTF_8);

        String message = problem(assertThrows(InputException.class, () -> new YamlReader().parse(bomb, "bomb.yaml")));

        assertEquals(
                "bomb.yaml:2:8: YAML aliases (*a) are not allowed"
                        + " (write the value out in full instead of referring to an anchor)",
                message);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedAtItsPositionAndCanBeRaised() {
        // given 45 nested lists (the limit is 40)
        byte[] deep = ("x: " + "[".repeat(45) + "]".repeat(45) + "\n").getBytes(StandardCharsets.UTF_8);

        String message = problem(assertThrows(InputException.class, () -> new YamlReader().parse(deep, "deep.yaml")));
        assertEquals(
                "deep.yaml:1:43: nesting is deeper than 40 levels (flatten the structure, or raise the limit with"
                        + " the environment variable LOADWISE_MAX_DEPTH)",
                message);

        InputLimits raised = InputLimits.fromEnvironment(Map.of("LOADWISE_MAX_DEPTH", "60"));
        assertTrue(new YamlReader(raised).parse(deep, "deep.yaml").root() != null);
    }

    @Test
    void farDeeperNestingIsStoppedByTheParserWithTheSameMessage() {
        // given 5,000 nested lists: SnakeYAML's own guard stops it before the tree is built
        byte[] deep = ("x: " + "[".repeat(5000) + "]".repeat(5000) + "\n").getBytes(StandardCharsets.UTF_8);

        String message = problem(assertThrows(InputException.class, () -> new YamlReader().parse(deep, "deep.yaml")));

        assertTrue(message.startsWith("deep.yaml:1:"), message);
        assertTrue(message.contains("nesting is deeper than 40 levels"), message);
        assertTrue(message.contains("LOADWISE_MAX_DEPTH"), message);
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedAtItsPosition() {
        byte[] yaml = ("name: ok\nnotes: " + "n".repeat(2001) + "\n").getBytes(StandardCharsets.UTF_8);
        YamlDocument doc = new YamlReader().parse(yaml, "profile.yaml");
        Problems problems = new Problems();
        YamlMap m = YamlMap.of("profile.yaml", doc.root(), problems, "a profile");

        m.text("notes", false);

        assertEquals(
                "profile.yaml:2:8: 'notes' is too long (2001 characters; the limit is 2000) (shorten it, or raise"
                        + " the limit with the environment variable LOADWISE_MAX_TEXT)",
                problem(assertThrows(InputException.class, problems::throwIfAny)));
    }

    @Test
    void environmentValuesAreParsedAndABadOneNamesTheVariable() {
        InputLimits l = InputLimits.fromEnvironment(Map.of(
                "LOADWISE_MAX_FILE_SIZE", "512K",
                "LOADWISE_MAX_ATHLETES", "10000",
                "LOADWISE_MAX_IMAGE_SIZE", "8M",
                "LOADWISE_MAX_IMAGE_PIXELS", "100000000",
                "LOADWISE_MAX_TEXT", "5000"));
        assertEquals(512 * 1024, l.maxFileBytes());
        assertEquals(10_000, l.maxAthletes());
        assertEquals(8L * 1024 * 1024, l.maxImageBytes());
        assertEquals(100_000_000L, l.maxImagePixels());
        assertEquals(5000, l.maxTextChars());
        assertEquals(InputLimits.DEFAULT, InputLimits.fromEnvironment(Map.of()));

        for (String bad : new String[] {"lots", "0", "-5", "99999999999999999999"}) {
            InputException e = assertThrows(
                    InputException.class, () -> InputLimits.fromEnvironment(Map.of("LOADWISE_MAX_ATHLETES", bad)));
            assertTrue(
                    problem(e)
                            .startsWith("LOADWISE_MAX_ATHLETES: environment variable LOADWISE_MAX_ATHLETES='" + bad
                                    + "' is not a usable limit"),
                    problem(e));
        }
    }
}
