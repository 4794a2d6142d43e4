package org.fairflow.portal.production;

import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A holder's photo as a response that no shared cache keeps. */
final class Photos {

	private Photos() {
	}

	static ResponseEntity<byte[]> jpeg(Optional<byte[]> photo) {
		return photo
			.map((bytes) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
				.body(bytes))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
