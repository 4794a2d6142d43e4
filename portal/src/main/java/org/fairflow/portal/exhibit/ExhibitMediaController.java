package org.fairflow.portal.exhibit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.fairflow.portal.exhibitor.Exhibitor;
import org.fairflow.portal.exhibitor.Exhibitors;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A video's upload (a raw PUT the booth form sends when a file is chosen, with a progress
 * bar; streamed to disk, never a multipart request) and every medium's download, with
 * HTTP range requests so a video can be sought. A medium is shown to its exhibitor, to
 * the reviewers of the organisation that invited it, and to anyone once a live revision
 * refers to it; to everybody else it does not exist (404).
 */
@RestController
class ExhibitMediaController {

	private final ExhibitMedia media;

	private final Exhibitors exhibitors;

	private final Organisations organisations;

	private final List<PublicMedia> publicMedia;

	private final MessageSource messages;

	ExhibitMediaController(ExhibitMedia media, Exhibitors exhibitors, Organisations organisations,
			List<PublicMedia> publicMedia, MessageSource messages) {
		this.media = media;
		this.exhibitors = exhibitors;
		this.organisations = organisations;
		this.publicMedia = publicMedia;
		this.messages = messages;
	}

	@PutMapping(path = "/exhibit-media/video", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> uploadVideo(@AuthenticationPrincipal PortalUser user,
			HttpServletRequest request) throws IOException {
		Exhibitor exhibitor = ((user == null) ? java.util.Optional.<Exhibitor>empty()
				: this.exhibitors.ofUnit(user.unitId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		try (InputStream body = request.getInputStream()) {
			StoredMedia video = this.media.uploadVideo(exhibitor.getId(), request.getContentLengthLong(), body);
			return ResponseEntity.ok(Map.of("id", video.id(), "size", video.sizeBytes(), "url", video.url()));
		}
		catch (ExhibitRefusedException ex) {
			String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
					LocaleContextHolder.getLocale());
			HttpStatus status = "exhibit.video.tooLarge".equals(ex.messageKey()) ? HttpStatus.PAYLOAD_TOO_LARGE
					: HttpStatus.BAD_REQUEST;
			return ResponseEntity.status(status).body(Map.of("error", ex.messageKey(), "message", message));
		}
	}

	@GetMapping("/exhibit-media/{id}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		StoredMedia medium = this.media.find(id).filter((m) -> maySee(user, m)).orElseThrow(MediaNotFound::new);
		Path path = this.media.path(id).filter(Files::isReadable).orElseThrow(MediaNotFound::new);
		// Spring answers a Range header on a Resource body itself: 206 with
		// Content-Range.
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(medium.contentType()))
			.cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(path));
	}

	private boolean maySee(PortalUser user, StoredMedia medium) {
		if (user != null && user.unitId() != null
				&& this.exhibitors.ofUnit(user.unitId())
					.map((e) -> e.getId().equals(medium.exhibitorId()))
					.orElse(false)) {
			return true;
		}
		if (user != null && user.role().reviews() && user.organisationId() != null) {
			Long inviter = this.exhibitors.find(medium.exhibitorId()).map(Exhibitor::getInviterOrgId).orElse(null);
			if (inviter != null && this.organisations.subtree(user.organisationId()).contains(inviter)) {
				return true;
			}
		}
		return this.publicMedia.stream().anyMatch((p) -> p.isPublic(medium.id()));
	}

	@org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
	static class MediaNotFound extends RuntimeException {

		MediaNotFound() {
			super("No such medium", null, false, false);
		}

	}

}
