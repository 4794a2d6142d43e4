package org.fairflow.portal.exhibit;

/**
 * A stored image or video of an exhibitor, served at {@code /exhibit-media/{id}}.
 *
 * @param width pixels (images only, else null)
 * @param height pixels (images only, else null)
 */
public record StoredMedia(Long id, Long exhibitorId, MediaKind kind, String contentType, long sizeBytes, Integer width,
		Integer height) {

	/** Where the page loads it from. */
	public String url() {
		return "/exhibit-media/" + this.id;
	}

	public boolean isVideo() {
		return this.kind == MediaKind.VIDEO;
	}

}
