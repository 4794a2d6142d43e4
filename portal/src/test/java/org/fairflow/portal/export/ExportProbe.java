package org.fairflow.portal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.function.IntConsumer;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For other modules' tests: writes a table as {@link Exports} does (in a read-only
 * transaction), letting the test watch how many XLSX rows the writer holds in memory.
 */
public final class ExportProbe {

	/** The most rows the XLSX writer may hold in memory at once. */
	public static final int WINDOW = ExportWriter.WINDOW;

	private ExportProbe() {
	}

	public static long write(PlatformTransactionManager transactions, ExportTable table, ExportFormat format,
			OutputStream out, IntConsumer rowsInMemory) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		Long rows = readOnly.execute((status) -> {
			try {
				return new ExportWriter(ZoneId.of("Asia/Shanghai")).write(table, format, out, (n) -> {
				}, rowsInMemory);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return (rows != null) ? rows : -1;
	}

}
