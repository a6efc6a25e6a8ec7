package org.jyston.modules.posix.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.StructSequence;

/**
 * {@code os.stat_result} from the JDK's Linux {@code unix:*} attribute view (st_mode, st_ino,
 * st_dev, st_nlink, st_uid, st_gid, st_rdev and nanosecond times are the kernel's). The JDK does not
 * report st_blksize and st_blocks: they are given as 4096 and the 512-byte blocks of the size
 * rounded up to whole 4096-byte blocks, which is what a plain file on ext4 or tmpfs shows.
 */
final class Stats {
    private Stats() {}

    static final String[] FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null,
        null, "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
        "st_rdev"};

    /** The stat_result type of one interpreter; CPython fills missing float times from the integer ones. */
    static StructSequence define() {
        return StructSequence.define("os", "stat_result", 10, FIELDS, all -> {
            for (int i = 0; i < 3; i++) {
                if (all[10 + i] == PyNone.None) {
                    all[10 + i] = all[7 + i];
                }
            }
        });
    }

    static Map<String, Object> attributes(Path p, boolean follow) throws IOException {
        return follow ? Files.readAttributes(p, "unix:*") : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
    }

    static Object result(StructSequence type, Map<String, Object> a) {
        long size = ((Number) a.get("size")).longValue();
        Object[] all = new Object[19];
        all[0] = (long) (Integer) a.get("mode");
        all[1] = ((Number) a.get("ino")).longValue();
        all[2] = ((Number) a.get("dev")).longValue();
        all[3] = (long) (Integer) a.get("nlink");
        all[4] = (long) (Integer) a.get("uid");
        all[5] = (long) (Integer) a.get("gid");
        all[6] = size;
        FileTime[] times = {(FileTime) a.get("lastAccessTime"), (FileTime) a.get("lastModifiedTime"),
            (FileTime) a.get("ctime")};
        for (int i = 0; i < 3; i++) {
            java.time.Instant t = times[i].toInstant();
            long sec = t.getEpochSecond();
            int nsec = t.getNano();
            all[7 + i] = sec;
            all[10 + i] = (double) sec + nsec * 1e-9;
            all[13 + i] = sec * 1_000_000_000L + nsec;
        }
        all[16] = 4096L;
        all[17] = (size + 4095) / 4096 * 8;
        all[18] = ((Number) a.get("rdev")).longValue();
        return type.make(all);
    }

    /** A pipe's stat: S_IFIFO with permissions 0600, as Linux reports a pipe. */
    static Object pipe(StructSequence type) {
        Object[] all = new Object[19];
        all[0] = 0010600L;
        for (int i = 1; i < 19; i++) {
            all[i] = i >= 10 && i < 13 ? (Object) 0.0 : (Object) 0L;
        }
        all[3] = 1L;
        all[16] = 4096L;
        return type.make(all);
    }
}
