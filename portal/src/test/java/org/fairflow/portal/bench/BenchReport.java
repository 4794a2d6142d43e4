package org.fairflow.portal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark run as markdown: a heading with the time, the machine, a table (measure,
 * figure, ratio, target) and notes. Appended to {@code <results>/<yyyy-MM-dd>.md}
 * ({@code fairflow.bench.results}, which the {@code bench} profile points at
 * {@code bench/results/} of the project) and printed.
 */
final class BenchReport {

	static final String RESULTS = "fairflow.bench.results";

	private final String title;

	private final ZonedDateTime started = ZonedDateTime.now();

	private final List<String[]> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	BenchReport(String title) {
		this.title = title;
	}

	void row(String measure, String figure, String ratio, String target) {
		this.rows.add(new String[] { measure, figure, ratio, target });
	}

	void note(String text) {
		this.notes.add(text);
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("## ")
			.append(this.started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")))
			.append(" — ")
			.append(this.title)
			.append("\n\n");
		out.append(machine()).append("\n\n");
		out.append("| measure | figure | ratio | target |\n|---|---|---|---|\n");
		for (String[] row : this.rows) {
			out.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		if (!this.notes.isEmpty()) {
			out.append('\n');
			this.notes.forEach((note) -> out.append("- ").append(note).append('\n'));
		}
		return out.append('\n').toString();
	}

	/** Appends the run to the day's file and prints it; returns the file. */
	Path write() throws IOException {
		String text = markdown();
		System.out.println();
		System.out.println(text);
		Path directory = Path.of(System.getProperty(RESULTS, "target/bench-results"));
		Files.createDirectories(directory);
		Path file = directory.resolve(this.started.toLocalDate() + ".md");
		if (!Files.exists(file)) {
			Files.writeString(file, "# Benchmarks " + this.started.toLocalDate() + "\n\n", StandardCharsets.UTF_8);
		}
		Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		System.out.println("Benchmark results appended to " + file.toAbsolutePath().normalize());
		return file;
	}

	/** Cores, memory, JDK and operating system, and how loaded the machine was. */
	static String machine() {
		OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		String memory = "?";
		if (os instanceof com.sun.management.OperatingSystemMXBean bean) {
			memory = String.format(Locale.ROOT, "%.1f GiB RAM", bean.getTotalMemorySize() / (1024.0 * 1024 * 1024));
		}
		return String.format(Locale.ROOT, "Machine: %d cores, %s, JDK %s (%s), %s %s %s; load average %.2f at the end",
				Runtime.getRuntime().availableProcessors(), memory, Runtime.version(),
				System.getProperty("java.vm.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
				System.getProperty("os.arch"), os.getSystemLoadAverage());
	}

	static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String ratio(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
