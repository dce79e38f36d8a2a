package jp.kyoyu.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.*;
import jdk.jfr.consumer.*;

/**
 * Reads a JFR recording of {@code FileStoreBenchmark#httpUploadsAgainstCpSync} and counts {@code jdk.ExecutionSample}s
 * by side (Tomcat's {@code http-nio-*} threads: server; {@code main}, {@code HttpClient-*}: the benchmark's client)
 * and by stage (the first frame from the top that names one), with the top frames and 5-frame stacks (issue #21,
 * docs/performance.md "where the CPU goes"). Not a test. Run, optionally within a time window:
 * {@code java src/test/java/jp/kyoyu/bench/JfrStages.java target/upload.jfr [from-instant to-instant]}.
 */
public class JfrStages {
    static final String[][] STAGES = {
        {"bench: writing the test files", "jp.kyoyu.bench.FileStoreBenchmark.writeRandom", "jp.kyoyu.bench.FileStoreBenchmark.run", "java.lang.ProcessBuilder"},
        {"SHA-256", "sun.security.provider.SHA2", "sun.security.provider.DigestBase", "java.security.MessageDigest"},
        {"AES-GCM (JDK cipher)", "com.sun.crypto.provider.GHASH", "com.sun.crypto.provider.GaloisCounterMode", "com.sun.crypto.provider.GCTR", "com.sun.crypto.provider.CounterMode", "com.sun.crypto.provider.AESCrypt", "javax.crypto.Cipher", "com.sun.crypto.provider.AESCipher"},
        {"Tink segment handling", "com.google.crypto.tink"},
        {"fsync", "sun.nio.ch.FileDispatcherImpl.force", "sun.nio.ch.FileChannelImpl.force"},
        {"FileChannel write", "sun.nio.ch.FileDispatcherImpl.write", "sun.nio.ch.FileChannelImpl.write", "sun.nio.ch.IOUtil.write", "java.nio.channels.Channels"},
        {"file read (client)", "sun.nio.ch.FileDispatcherImpl.read", "sun.nio.ch.FileChannelImpl.read", "sun.nio.ch.FileChannelImpl.transferTo"},
        {"multipart boundary scan", "jp.kyoyu.shared.web.MultipartBody.delimiterAt"},
        {"multipart copy", "jp.kyoyu.shared.web.MultipartBody"},
        {"socket write", "sun.nio.ch.SocketDispatcher.write", "sun.nio.ch.SocketChannelImpl.write", "sun.nio.ch.NioSocketImpl.write"},
        {"socket read", "sun.nio.ch.SocketDispatcher.read", "sun.nio.ch.SocketChannelImpl.read", "sun.nio.ch.NioSocketImpl.read"},
        {"Tomcat input", "org.apache.tomcat", "org.apache.coyote", "org.apache.catalina"},
        {"JDK HttpClient", "jdk.internal.net.http"},
        {"JFR itself", "jdk.jfr"},
    };

    static String side(String thread) {
        if (thread == null) return "?";
        if (thread.startsWith("http-nio")) return "server";
        if (thread.startsWith("HttpClient") || thread.equals("main")) return "client";
        return "other:" + thread.replaceAll("[0-9]+", "#");
    }

    static String stage(RecordedStackTrace st) {
        if (st == null) return "(no stack)";
        for (RecordedFrame f : st.getFrames()) {
            String m = f.getMethod().getType().getName() + "." + f.getMethod().getName();
            for (String[] s : STAGES)
                for (int i = 1; i < s.length; i++)
                    if (m.startsWith(s[i])) return s[0];
        }
        return "other";
    }

    public static void main(String[] args) throws Exception {
        Instant from = args.length > 1 ? Instant.parse(args[1]) : Instant.MIN;
        Instant to = args.length > 2 ? Instant.parse(args[2]) : Instant.MAX;
        Map<String, Integer> bySide = new TreeMap<>(), byStage = new TreeMap<>(), top = new HashMap<>(), stacks = new HashMap<>();
        int total = 0;
        try (RecordingFile rf = new RecordingFile(Path.of(args[0]))) {
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                if (e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to)) continue;
                String type = e.getEventType().getName();
                if (type.equals("jdk.ExecutionSample")) {
                    RecordedThread t = e.getThread("sampledThread");
                    String side = side(t == null ? null : t.getJavaName());
                    String stage = stage(e.getStackTrace());
                    bySide.merge(side, 1, Integer::sum);
                    byStage.merge(side + " | " + stage, 1, Integer::sum);
                    if (e.getStackTrace() != null && !e.getStackTrace().getFrames().isEmpty()) {
                        RecordedFrame f = e.getStackTrace().getFrames().get(0);
                        top.merge(side + " | " + f.getMethod().getType().getName() + "." + f.getMethod().getName(), 1, Integer::sum);
                    }
                    total++;
                    if (e.getStackTrace() != null) {
                        StringBuilder sb = new StringBuilder(side);
                        var fr = e.getStackTrace().getFrames();
                        for (int i = 0; i < Math.min(5, fr.size()); i++) sb.append("\n            <- ").append(fr.get(i).getMethod().getType().getName().replaceAll(".*\\.", "")).append('.').append(fr.get(i).getMethod().getName()).append(':').append(fr.get(i).getLineNumber());
                        stacks.merge(sb.toString(), 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("samples: %d%n%n-- by side --%n", total);
        final int tot = total;
        bySide.forEach((k, v) -> System.out.printf("%6d %5.1f%%  %s%n", v, 100.0 * v / tot, k));
        System.out.println("\n-- by side and stage --");
        byStage.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .forEach(en -> System.out.printf("%6d %5.1f%%  %s%n", en.getValue(), 100.0 * en.getValue() / tot, en.getKey()));
        System.out.println("\n-- top frames --");
        top.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
            .forEach(en -> System.out.printf("%6d %5.1f%%  %s%n", en.getValue(), 100.0 * en.getValue() / tot, en.getKey()));
        System.out.println("\n-- top stacks (5 frames) --");
        stacks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
            .forEach(en -> System.out.printf("%6d %5.1f%%  %s%n", en.getValue(), 100.0 * en.getValue() / tot, en.getKey()));
    }
}
