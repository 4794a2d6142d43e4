package org.fairflow.portal.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** One export written in the background: its progress, and its file once done. */
public final class ExportJob {

	/** Where the job is. */
	public enum State {

		RUNNING, DONE, FAILED

	}

	private final String id;

	private final String owner;

	private final String fileName;

	private final String description;

	private final ExportFormat format;

	private final long total;

	private final Instant startedAt;

	private final Path file;

	private final AtomicLong written = new AtomicLong();

	private volatile State state = State.RUNNING;

	ExportJob(String id, String owner, ExportTable table, ExportFormat format, long total, Path file,
			Instant startedAt) {
		this.id = id;
		this.owner = owner;
		this.fileName = table.fileName();
		this.description = table.description();
		this.format = format;
		this.total = total;
		this.file = file;
		this.startedAt = startedAt;
	}

	public String id() {
		return this.id;
	}

	public String owner() {
		return this.owner;
	}

	/** The name the download gets, with its extension. */
	public String downloadName() {
		return this.fileName + "." + this.format.extension();
	}

	public String description() {
		return this.description;
	}

	public ExportFormat format() {
		return this.format;
	}

	/** Rows expected; -1 when unknown. */
	public long total() {
		return this.total;
	}

	public long written() {
		return this.written.get();
	}

	/** Percent done (0-100); 0 while the total is unknown and the job runs. */
	public int percent() {
		if (this.state == State.DONE) {
			return 100;
		}
		return (this.total > 0) ? (int) Math.min(99, this.written.get() * 100 / this.total) : 0;
	}

	public State state() {
		return this.state;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	Path file() {
		return this.file;
	}

	void progressed(long rows) {
		this.written.set(rows);
	}

	void finished(State state) {
		this.state = state;
	}

}
