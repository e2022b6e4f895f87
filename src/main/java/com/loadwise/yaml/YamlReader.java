package com.loadwise.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML file into a node tree that keeps line and column marks. Every failure becomes an
 * {@link InputException} naming the file and, where there is one, the position.
 */
public final class YamlReader {

    private final InputLimits limits;
    private final Overlay overlay;

    /**
     * Changes a file's node tree after it is read and before any reader sees it: a translation laying its texts
     * over the English ones ({@code library.Translations}), so every reader's checks apply to them too.
     */
    public interface Overlay {
        /** The tree to read for {@code file} (shown as {@code shownAs}); may change {@code root} in place. */
        Node apply(Path file, String shownAs, Node root);
    }

    public YamlReader(InputLimits limits) {
        this(limits, null);
    }

    private YamlReader(InputLimits limits, Overlay overlay) {
        this.limits = limits;
        this.overlay = overlay;
    }

    /** This reader, with {@code overlay} applied to every file it reads with {@link #read}. */
    public YamlReader withOverlay(Overlay overlay) {
        return new YamlReader(limits, overlay);
    }

    /** A reader with the limits in force ({@link InputLimits#current()}). */
    public YamlReader() {
        this(InputLimits.current());
    }

    /** Reads {@code path}; {@code shownAs} is how the file is named in messages. */
    public YamlDocument read(Path path, String shownAs) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw tooLarge(size, shownAs);
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.inFile(shownAs, "file does not exist", "check the path"));
        } catch (IOException e) {
            throw new InputException(Problem.inFile(
                    shownAs, "cannot read file: " + FileErrors.why(e), "check that it exists and is readable"));
        }
        YamlDocument doc = parse(bytes, shownAs);
        return overlay == null ? doc : new YamlDocument(doc.file(), overlay.apply(path, shownAs, doc.root()));
    }

    /** Parses bytes that came from the file named {@code shownAs}. */
    public YamlDocument parse(byte[] bytes, String shownAs) {
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(bytes.length, shownAs);
        }
        String text = decodeUtf8(bytes, shownAs);
        if (text.isBlank()
                || text.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
            throw new InputException(Problem.inFile(shownAs, "file is empty", "it needs at least one entry"));
        }
        LoaderOptions options = loaderOptions();
        try {
            Parser parser = new CheckingParser(new ParserImpl(new StreamReader(text), options), shownAs);
            Node root = new Composer(parser, new Resolver(), options).getSingleNode();
            if (root == null) {
                throw new InputException(Problem.inFile(shownAs, "file is empty", "it needs at least one entry"));
            }
            return new YamlDocument(shownAs, root);
        } catch (MarkedYAMLException e) {
            throw new InputException(describe(e, shownAs));
        } catch (YAMLException e) {
            throw new InputException(Problem.inFile(
                    shownAs, "not valid YAML: " + firstLine(e.getMessage()), "check the file in a YAML-aware editor"));
        }
    }

    private InputException tooLarge(long size, String shownAs) {
        return new InputException(Problem.inFile(
                shownAs,
                "file is too large (" + sizes(size, limits.maxFileBytes()) + ")",
                "split it into several files, " + InputLimits.howToRaise(InputLimits.FILE_SIZE)));
    }

    private LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported, with both positions, by MapView
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(limits.maxDepth() + 10);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setProcessComments(false);
        return options;
    }

    /**
     * Watches the parser's events as the composer reads them, before any node exists: aliases are refused outright
     * (library files are read by people, and an alias can multiply a file: the "billion laughs"), and nesting deeper
     * than the limit is refused at the first node past it.
     */
    private final class CheckingParser implements Parser {
        private final Parser parser;
        private final String shownAs;
        private int depth;

        CheckingParser(Parser parser, String shownAs) {
            this.parser = parser;
            this.shownAs = shownAs;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            if (event instanceof AliasEvent alias) {
                throw new InputException(Problem.at(
                        shownAs,
                        Position.of(alias.getStartMark()),
                        "YAML aliases (*" + alias.getAnchor() + ") are not allowed",
                        "write the value out in full instead of referring to an anchor"));
            }
            if (event instanceof CollectionStartEvent) {
                depth++;
                if (depth > limits.maxDepth()) {
                    throw tooDeep(event, shownAs);
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            } else if (event instanceof ScalarEvent && depth + 1 > limits.maxDepth()) {
                throw tooDeep(event, shownAs);
            }
            return event;
        }
    }

    private InputException tooDeep(Event event, String shownAs) {
        return new InputException(Problem.at(
                shownAs,
                Position.of(event.getStartMark()),
                "nesting is deeper than " + limits.maxDepth() + " levels",
                "flatten the structure, " + InputLimits.howToRaise(InputLimits.DEPTH)));
    }

    private static String decodeUtf8(byte[] bytes, String shownAs) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            throw new InputException(Problem.at(
                    shownAs,
                    positionOfByte(bytes, bad),
                    String.format("file is not UTF-8 text (byte 0x%02X is not valid here)", bytes[bad] & 0xff),
                    "save the file as UTF-8 in your editor"));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Position positionOfByte(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Position(line, column);
    }

    private static Problem describe(MarkedYAMLException e, String shownAs) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Position at = Position.of(mark);
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
            return Problem.at(
                    shownAs,
                    at,
                    "tab character used for indentation",
                    "YAML indents with spaces only; replace the tab with spaces");
        }
        if (problem.contains("exceeds the specified")) {
            return Problem.at(shownAs, at, "document exceeds a size limit: " + problem, "split the file");
        }
        String context = "";
        Mark started = e.getContextMark();
        if (e.getContext() != null && started != null && mark != null && started.getLine() != mark.getLine()) {
            Position from = Position.of(started);
            context = " (" + e.getContext().strip() + " that starts at line " + from.line() + ", column "
                    + from.column() + ")";
        } else if (e.getContext() != null) {
            context = " (" + e.getContext().strip() + ")";
        }
        return Problem.at(
                shownAs,
                at,
                "not valid YAML: " + problem.strip() + context,
                "check indentation, colons and quotes around this position");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        List<String> lines = s.lines().toList();
        return lines.isEmpty() ? s : lines.get(0);
    }

    /** "3.5 MiB; the limit is 2.0 MiB", in bytes when rounding would make the two look the same. */
    static String sizes(long size, long limit) {
        String a = humanBytes(size);
        String b = humanBytes(limit);
        return a.equals(b) ? size + " bytes; the limit is " + limit + " bytes" : a + "; the limit is " + b;
    }

    static String humanBytes(long n) {
        if (n >= 1024 * 1024) {
            return String.format("%.1f MiB", n / (1024.0 * 1024.0));
        }
        if (n >= 1024) {
            return String.format("%.1f KiB", n / 1024.0);
        }
        return n + " bytes";
    }
}
