package org.fairflow.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a JVM uses, sampled with {@code jcmd <pid> GC.heap_info} (the sum of the
 * heap's {@code used} figures), and read from its GC log ({@code -Xlog:gc:file=...}): the
 * heap in use just before each collection, which a sample can miss.
 */
final class HeapWatch implements AutoCloseable {

	/** {@code def new generation total 78656K, used 12345K} and the like. */
	private static final Pattern HEAP_INFO = Pattern.compile("total\\s+(\\d+)K,\\s+used\\s+(\\d+)K");

	/** {@code GC(3) Pause Young (Allocation Failure) 250M->80M(1011M) 12.345ms}. */
	private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	private final long pid;

	private final Path gcLog;

	private final Thread sampler;

	private volatile boolean closed;

	private volatile long peakSampledKiB;

	private volatile int samples;

	private volatile String failure;

	HeapWatch(long pid, Path gcLog, Duration every) {
		this.pid = pid;
		this.gcLog = gcLog;
		this.sampler = Thread.ofPlatform().daemon().name("heap-watch").start(() -> {
			while (!this.closed) {
				sample();
				try {
					Thread.sleep(every);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
	}

	/** The JVM option that writes the GC log this watch reads. */
	static String gcLogOption(Path gcLog) {
		return "-Xlog:gc:file=" + gcLog;
	}

	private void sample() {
		try {
			Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
			Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(this.pid), "GC.heap_info")
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return;
			}
			long used = 0;
			Matcher matcher = HEAP_INFO.matcher(output);
			while (matcher.find()) {
				used += Long.parseLong(matcher.group(2));
			}
			if (used > 0) {
				this.samples++;
				this.peakSampledKiB = Math.max(this.peakSampledKiB, used);
			}
			else if (this.failure == null) {
				this.failure = output.strip();
			}
		}
		catch (IOException | RuntimeException ex) {
			this.failure = ex.toString();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The highest sampled heap use, in MiB (0 when no sample could be read). */
	long peakSampledMiB() {
		return this.peakSampledKiB / 1024;
	}

	int samples() {
		return this.samples;
	}

	/** Why a sample could not be read, or null. */
	String failure() {
		return this.failure;
	}

	/** The highest heap use just before a collection in the GC log, in MiB (0: none). */
	long peakBeforeCollectionMiB() {
		try {
			if (!Files.exists(this.gcLog)) {
				return 0;
			}
			long peak = 0;
			for (String line : Files.readAllLines(this.gcLog, StandardCharsets.UTF_8)) {
				Matcher matcher = GC_LINE.matcher(line);
				if (matcher.find()) {
					peak = Math.max(peak, Long.parseLong(matcher.group(1)));
				}
			}
			return peak;
		}
		catch (IOException ex) {
			return 0;
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.closed = true;
		this.sampler.interrupt();
		this.sampler.join(35_000);
	}

}
