package org.fairflow.portal.meeting;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's supplement (补充信息) after the pre-review, and who may see the posters. A
 * supplement is stored whole or not at all: the fields, the posters and the completion of
 * the case's supplement task ({@code Task_Supplement}) share one transaction, so an
 * engine that refuses the completion leaves nothing behind.
 */
@Service
class MeetingSupplements {

	/** The supplement task's form key ({@code Task_Supplement}). */
	static final String FORM_KEY = "meeting-supplement";

	static final String DECISION = "supplemented";

	private final MeetingRepository meetings;

	private final HumanTasks tasks;

	private final PosterFiles posters;

	MeetingSupplements(MeetingRepository meetings, HumanTasks tasks, PosterFiles posters) {
		this.meetings = meetings;
		this.tasks = tasks;
		this.posters = posters;
	}

	/** The unit's own meeting; another unit's, or none, is not found. */
	@Transactional(readOnly = true)
	Meeting own(PortalUser user, Long id) {
		if (user == null || user.unitId() == null) {
			throw new MeetingNotFoundException();
		}
		return this.meetings.findByIdAndUnitId(id, user.unitId()).orElseThrow(MeetingNotFoundException::new);
	}

	/**
	 * Why the unit cannot supplement this meeting now (a message key), or null when it
	 * can: only once, only while the meeting waits for it and its case has the open
	 * supplement task.
	 */
	@Transactional(readOnly = true)
	String refusal(Meeting meeting, PortalUser user) {
		if (meeting.getSupplementedAt() != null) {
			return "meetingreview.supplement.already";
		}
		if (meeting.getStatus() != MeetingStatus.AWAITING_SUPPLEMENT || meeting.getCaseId() == null) {
			return "meetingreview.supplement.notNow";
		}
		if (openTask(meeting, user).isEmpty()) {
			return "meetingreview.supplement.noTask";
		}
		return null;
	}

	/**
	 * Stores the checked supplement and completes the supplement task with
	 * {@code recorded}. The meeting's row is locked first, so that of two submits (a
	 * double click) the second sees the first one's supplement and is refused.
	 * @param pc the PC poster, null unless recorded
	 * @param app the app poster, null unless recorded
	 * @throws SupplementException when the meeting cannot be supplemented now
	 * @throws org.fairflow.portal.tasks.DecisionException when the engine refuses
	 */
	@Transactional(rollbackFor = Exception.class)
	void supplement(PortalUser user, Long id, SupplementForm form, PosterImage pc, PosterImage app) {
		Meeting meeting = this.meetings.lockById(id)
			.filter((m) -> m.getUnitId().equals(user.unitId()))
			.orElseThrow(MeetingNotFoundException::new);
		String refusal = refusal(meeting, user);
		if (refusal != null) {
			throw new SupplementException(null, refusal);
		}
		boolean recorded = Boolean.TRUE.equals(form.getRecorded());
		if (recorded && (pc == null || app == null)) {
			throw new IllegalArgumentException("A recorded meeting needs both posters");
		}
		meeting.setAgenda(SupplementForm.clean(form.getAgenda()));
		meeting.setIntlAssociations(SupplementForm.joined(form.getIntlAssociations()));
		meeting.setDomesticAssociations(SupplementForm.joined(form.getDomesticAssociations()));
		meeting.setHighlights(SupplementForm.clean(form.getHighlights()));
		meeting.setOutcomes(SupplementForm.clean(form.getOutcomes()));
		meeting.setPublishContent(SupplementForm.clean(form.getPublishContent()));
		meeting.setRecorded(recorded);
		if (recorded) {
			meeting.setPosterPcFileId(this.posters.store(id, meeting.getUnitId(), pc, user.getUsername()));
			meeting.setPosterAppFileId(this.posters.store(id, meeting.getUnitId(), app, user.getUsername()));
		}
		meeting.setSupplementedAt(Instant.now());
		meeting.touch();
		this.meetings.saveAndFlush(meeting);
		this.tasks.completeAsApplicant(meeting.getCaseId(), user, DECISION, Map.of("recorded", recorded));
	}

	/**
	 * A poster's bytes for whoever may see it: the booking unit and the organiser always,
	 * anyone once the meeting is approved (the public programme shows them).
	 */
	@Transactional(readOnly = true)
	Optional<byte[]> poster(Long id, PosterImage.Kind kind, PortalUser user) {
		return this.meetings.findById(id)
			.filter((meeting) -> maySeePosters(meeting, user))
			.flatMap((meeting) -> this.posters
				.read((kind == PosterImage.Kind.PC) ? meeting.getPosterPcFileId() : meeting.getPosterAppFileId(), id));
	}

	private static boolean maySeePosters(Meeting meeting, PortalUser user) {
		if (MeetingStatus.APPROVED.contains(meeting.getStatus())) {
			return true;
		}
		return user != null && (meeting.getUnitId().equals(user.unitId()) || user.role() == Role.ORGANISER);
	}

	private Optional<HumanTask> openTask(Meeting meeting, PortalUser user) {
		return this.tasks.openTaskFor(meeting.getCaseId(), user).filter((task) -> FORM_KEY.equals(task.getFormKey()));
	}

}
