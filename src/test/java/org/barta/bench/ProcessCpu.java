package org.barta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time a process has used so far (user + system), from {@code /proc/<pid>/stat}: tells which process a
 * benchmark's messages cost what. Ticks are the kernel's clock ticks, 100 a second on Linux (USER_HZ).
 */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** CPU seconds the process has used, or -1 where its stat file cannot be read. */
    static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name in parentheses may hold spaces: count fields from after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The first process whose command line contains all of the given parts. */
    static Optional<Long> find(String... parts) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(line -> {
            for (String part : parts) {
                if (!line.contains(part)) {
                    return false;
                }
            }
            return true;
        }).orElse(false)).map(ProcessHandle::pid).findFirst();
    }
}
