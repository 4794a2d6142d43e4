package org.fairflow.portal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes exports: small ones straight into the response ({@link #write}), large ones in
 * the background to a file under {@code ${fairflow.data-dir}/exports} with progress
 * ({@link #start}, shown at {@code /exports/{id}}). Every export is announced as an
 * {@link ExportRecorded}, which the audit log records.
 */
@Service
public class Exports {

	private static final Logger log = LoggerFactory.getLogger(Exports.class);

	private final ApplicationEventPublisher events;

	private final TransactionTemplate readOnly;

	private final ExportWriter writer;

	private final Path directory;

	private final ExecutorService executor = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "export");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();

	private final Duration retention;

	Exports(ApplicationEventPublisher events, PlatformTransactionManager transactions,
			@Value("${fairflow.data-dir}") Path dataDir, @Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone,
			@Value("${fairflow.export.retention:PT24H}") Duration retention) {
		this.events = events;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.writer = new ExportWriter(zone);
		this.directory = dataDir.resolve("exports");
		this.retention = retention;
	}

	/**
	 * Jobs live in memory only, so files a previous run left behind can never be
	 * downloaded: they are deleted at start-up.
	 */
	@PostConstruct
	void deleteLeftovers() {
		if (!Files.isDirectory(this.directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			files.forEach(Exports::delete);
		}
		catch (IOException ex) {
			log.warn("Could not list old export files in {}", this.directory, ex);
		}
	}

	/**
	 * Forgets jobs older than the retention and deletes their files; runs hourly and on
	 * every start, so a busy portal never keeps more than a day of exports.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
	void sweep() {
		Instant cutoff = Instant.now().minus(this.retention);
		this.jobs.values()
			.stream()
			.filter((job) -> job.state() != ExportJob.State.RUNNING && job.startedAt().isBefore(cutoff))
			.forEach((job) -> {
				this.jobs.remove(job.id());
				delete(job.file());
			});
	}

	/**
	 * Writes the table to {@code out} now (in the caller's thread) and records the
	 * export.
	 */
	public void write(ExportTable table, ExportFormat format, OutputStream out) throws IOException {
		long rows;
		try {
			rows = this.readOnly.execute((status) -> {
				try {
					return this.writer.write(table, format, out, (n) -> {
					});
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		recorded(table, format, rows);
	}

	/**
	 * Answers the request with the table as a download now (headers, then the rows as
	 * they are read): for lists small enough to wait for.
	 */
	public void write(ExportTable table, ExportFormat format, HttpServletResponse response) throws IOException {
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ExportController.attachment(table.fileName() + "." + format.extension()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		write(table, format, response.getOutputStream());
	}

	/**
	 * Starts writing the table in the background and returns its job, which only the
	 * current user can follow and download. The export is recorded now, with the rows
	 * expected.
	 */
	public ExportJob start(ExportTable table, ExportFormat format) {
		sweep();
		String id = UUID.randomUUID().toString();
		long total = table.rowCount();
		ExportJob job = new ExportJob(id, currentUser(), table, format, total,
				this.directory.resolve(id + "." + format.extension()), Instant.now());
		this.jobs.put(id, job);
		recorded(table, format, total);
		this.executor.execute(() -> run(job, table));
		return job;
	}

	/** The job, if it exists and belongs to the current user. */
	public Optional<ExportJob> job(String id) {
		ExportJob job = (id != null) ? this.jobs.get(id) : null;
		return Optional.ofNullable(job).filter((j) -> j.owner().equals(currentUser()));
	}

	/** The finished file of the current user's job. */
	public Optional<Path> file(String id) {
		return job(id).filter((j) -> j.state() == ExportJob.State.DONE).map(ExportJob::file);
	}

	private void run(ExportJob job, ExportTable table) {
		try {
			Files.createDirectories(this.directory);
			try (OutputStream out = Files.newOutputStream(job.file())) {
				this.readOnly.executeWithoutResult((status) -> {
					try {
						this.writer.write(table, job.format(), out, job::progressed);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			job.finished(ExportJob.State.DONE);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Export {} ({}) failed", job.id(), job.downloadName(), ex);
			delete(job.file());
			job.finished(ExportJob.State.FAILED);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete export file {}", file, ex);
		}
	}

	private void recorded(ExportTable table, ExportFormat format, long rows) {
		this.events.publishEvent(new ExportRecorded(table.fileName(), table.description(), format, rows));
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "anonymous";
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
