package org.fairflow.portal.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The plan's upload (a raw PUT the booking form sends on selecting the file, streamed to
 * disk, never a multipart request held by the 10 MB limit of the other forms) and its
 * download for the booking unit and the reviewers of its case.
 */
@RestController
class PlanController {

	private final UnitDirectory units;

	private final PlanFiles plans;

	private final MeetingRepository meetings;

	private final Cases cases;

	private final Organisations organisations;

	private final MessageSource messages;

	PlanController(UnitDirectory units, PlanFiles plans, MeetingRepository meetings, Cases cases,
			Organisations organisations, MessageSource messages) {
		this.units = units;
		this.plans = plans;
		this.meetings = meetings;
		this.cases = cases;
		this.organisations = organisations;
		this.messages = messages;
	}

	@PutMapping(path = "/meetings/files/plan", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> upload(@AuthenticationPrincipal PortalUser user,
			@RequestHeader(name = "X-File-Name", required = false) String fileName, HttpServletRequest request)
			throws IOException {
		Long unitId = this.units.approvedUnitOf(user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		String name = decode(fileName);
		try (InputStream body = request.getInputStream()) {
			PlanFile file = this.plans.upload(unitId, name, request.getContentLengthLong(), body, user.getUsername());
			return ResponseEntity
				.ok(Map.of("id", file.getId(), "name", file.getOriginalName(), "size", file.getSizeBytes()));
		}
		catch (PlanUploadException ex) {
			String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
					LocaleContextHolder.getLocale());
			return ResponseEntity.status(ex.status()).body(Map.of("error", ex.messageKey(), "message", message));
		}
	}

	/**
	 * The booking unit, and reviewers whose tree holds the case's scope (the organiser).
	 */
	@GetMapping("/meetings/{id}/plan")
	ResponseEntity<Resource> download(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(MeetingNotFoundException::new);
		if (!maySee(user, meeting)) {
			throw new MeetingNotFoundException();
		}
		PlanFile plan = this.plans.planOf(id).orElseThrow(MeetingNotFoundException::new);
		Path path = this.plans.path(plan);
		if (!Files.isReadable(path)) {
			throw new MeetingNotFoundException();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(plan.getSizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(plan.getOriginalName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(path));
	}

	private boolean maySee(PortalUser user, Meeting meeting) {
		if (user == null) {
			return false;
		}
		if (user.role() == Role.APPLICANT) {
			return meeting.getUnitId().equals(user.unitId());
		}
		if (!user.role().reviews() || meeting.getCaseId() == null) {
			return false;
		}
		CaseRecord record = this.cases.find(meeting.getCaseId()).orElse(null);
		return record != null && this.organisations.subtree(user.organisationId()).contains(record.getScopeOrgId());
	}

	private static String decode(String fileName) {
		if (fileName == null) {
			return null;
		}
		try {
			return URLDecoder.decode(fileName, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return fileName;
		}
	}

}
