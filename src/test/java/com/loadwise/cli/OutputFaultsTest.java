package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output faults through the command line: exit 1 and one clear line. (Tests run as root, so a chmod-ed folder
 * would still be writable; {@code /sys} refuses new files even to root. The full disk and read-only file system
 * are in {@code io.AtomicFilesTest}, the killed process in {@link KilledWriteTest}.)
 */
class OutputFaultsTest {

    @Test
    void aHandoutIntoAFolderTheSystemRefusesIsExit1() {
        CliTest.Result r = CliTest.run("handout", "seeds/runner-10k-self-guided.yaml", "-o", "/sys/handout.pdf");

        assertEquals(1, r.code(), r.err());
        assertEquals(
                "/sys/handout.pdf: cannot write: the folder is not writable (permission denied) (write to a folder you"
                        + " can write to; any existing file is unchanged)\n1 problem found.\n",
                r.err());
    }

    @Test
    void aPlanIntoAMissingFolderIsAUsageErrorBeforeAnyWork(@TempDir Path tmp) {
        Path out = tmp.resolve("missing/plan.ics");

        CliTest.Result r =
                CliTest.run("plan", "seeds/runner-10k-self-guided.yaml", "--format", "ics", "-o", out.toString());

        assertEquals(2, r.code(), r.err());
        assertEquals(
                "loadwise: -o " + out + ": the folder " + out.getParent() + " does not exist (create it first)\n",
                r.err());
        assertFalse(Files.exists(out.getParent()), "no folder is made");
    }
}
