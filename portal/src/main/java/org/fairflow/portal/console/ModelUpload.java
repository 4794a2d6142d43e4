package org.fairflow.portal.console;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.web.multipart.MultipartFile;

/**
 * A model file a process owner uploads, checked before the engine sees it: a name the
 * engine and a download can carry, a model's ending, not empty, not larger than a model
 * gets.
 *
 * @param fileName the file's own name
 * @param content its bytes
 * @param changeNote what the owner says changed (optional, at most 1000 characters)
 */
record ModelUpload(String fileName, byte[] content, String changeNote) {

	static final long MAX_BYTES = 2L * 1024 * 1024;

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.(bpmn|dmn|form)");

	/** The upload cannot be a model; the key names the message. */
	static final class Refused extends Exception {

		private final String messageKey;

		Refused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

	static ModelUpload of(MultipartFile file, String changeNote) throws Refused, IOException {
		if (file == null || file.isEmpty()) {
			throw new Refused("console.fileMissing");
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename().strip() : "";
		if (!NAME.matcher(name).matches()) {
			throw new Refused("console.fileName");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new Refused("console.fileTooLarge");
		}
		String note = (changeNote != null && !changeNote.isBlank()) ? changeNote.strip() : null;
		if (note != null && note.length() > 1000) {
			throw new Refused("console.noteTooLong");
		}
		return new ModelUpload(name, file.getBytes(), note);
	}

}
