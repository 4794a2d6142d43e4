package org.fairflow.portal.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats a list exports to. */
public enum ExportFormat {

	/** Excel workbook, written with POI's streaming workbook. */
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

	/** UTF-8 with a byte order mark, so Excel reads the Chinese text. */
	CSV("csv", "text/csv;charset=UTF-8");

	private final String extension;

	private final String contentType;

	ExportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	/**
	 * The format named by a request parameter; any other value (none included) is an
	 * {@link UnknownExportFormatException}, which the portal answers with 400 and a
	 * message.
	 */
	public static ExportFormat of(String value) {
		return parse(value).orElseThrow(UnknownExportFormatException::new);
	}

	/**
	 * The format named by a request parameter ({@code xlsx}, {@code csv}); empty if none.
	 */
	public static Optional<ExportFormat> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		for (ExportFormat format : values()) {
			if (format.extension.equals(value.trim().toLowerCase(Locale.ROOT))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
