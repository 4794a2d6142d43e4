package org.fairflow.portal.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A job-based user task as the inbox keeps it; the job's key is only valid in its epoch.
 */
@Entity
@Table(name = "human_task")
public class HumanTask {

	public enum Status {

		OPEN, COMPLETED,
		/** The process moved on without it (cancellation, upgrade): nobody decides it. */
		WITHDRAWN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private String caseId;

	@Column(nullable = false)
	private String flow;

	@Column(name = "element_id", nullable = false)
	private String elementId;

	@Column(nullable = false)
	private String name;

	@Column(name = "title_en")
	private String titleEn;

	@Column(name = "candidate_groups", nullable = false)
	private String candidateGroups;

	@Column(name = "scope_org_id")
	private Long scopeOrgId;

	@Column(name = "form_key")
	private String formKey;

	@Column(nullable = false)
	private String decisions;

	@Column(name = "comment_required_for")
	private String commentRequiredFor;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(nullable = false)
	private int round;

	@Column(name = "job_key", nullable = false)
	private long jobKey;

	@Column(name = "engine_epoch", nullable = false)
	private String engineEpoch;

	@Column(nullable = false)
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Status status = Status.OPEN;

	@Column(name = "open_key", unique = true)
	private String openKey;

	@Column(name = "claimed_by")
	private String claimedBy;

	@Column(name = "claimed_at")
	private Instant claimedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(name = "completed_by")
	private String completedBy;

	private String decision;

	private String comment;

	@Column(name = "applicant_name")
	private String applicantName;

	@Column(name = "applicant_unit")
	private String applicantUnit;

	@Column(name = "applicant_name_en")
	private String applicantNameEn;

	@Column(name = "applicant_unit_en")
	private String applicantUnitEn;

	@Column(name = "applicant_code")
	private String applicantCode;

	@Version
	private long version;

	protected HumanTask() {
	}

	HumanTask(String caseId, String flow, String elementId, TaskHeaders headers, Long scopeOrgId, int round) {
		this.caseId = caseId;
		this.flow = flow;
		this.elementId = elementId;
		this.scopeOrgId = scopeOrgId;
		this.round = round;
		this.openKey = caseId + "/" + elementId;
		apply(headers);
	}

	void apply(TaskHeaders headers) {
		this.name = headers.titleZh();
		this.titleEn = headers.titleEn();
		this.candidateGroups = String.join(",", headers.candidateGroups());
		this.formKey = headers.formKey();
		this.decisions = String.join(",", headers.decisions());
		this.commentRequiredFor = String.join(",", headers.commentRequiredFor());
		this.dueAt = headers.dueAt();
	}

	/**
	 * Its case moved to another version of the process: the task is now the target's
	 * element, as the target model describes it.
	 */
	void migrated(String targetElementId, TaskHeaders headers) {
		this.elementId = targetElementId;
		this.openKey = this.caseId + "/" + targetElementId;
		apply(headers);
	}

	/**
	 * Offered to another group instead of {@code from} (the organiser changed the
	 * delegation tree); a claim by someone of the old group ends with it.
	 */
	void regroup(String from, String to) {
		List<String> groups = new java.util.ArrayList<>(candidateGroupList());
		groups.replaceAll((g) -> g.equals(from) ? to : g);
		this.candidateGroups = String.join(",", groups.stream().distinct().toList());
		unclaim();
	}

	/**
	 * Whose application it is, as the list shows and searches it: the case's title, the
	 * applicant unit's name and credit code (null when the applicant is not a unit), and
	 * the English names for English pages (null where there is none).
	 */
	void applicant(String name, String nameEn, String unitName, String unitNameEn, String creditCode) {
		this.applicantName = name;
		this.applicantNameEn = nameEn;
		this.applicantUnit = unitName;
		this.applicantUnitEn = unitNameEn;
		this.applicantCode = creditCode;
	}

	/** The same task delivered again, possibly by a new engine epoch after a restart. */
	void redelivered(long jobKey, String epoch) {
		this.jobKey = jobKey;
		this.engineEpoch = epoch;
	}

	void claim(String username) {
		this.claimedBy = username;
		this.claimedAt = Instant.now();
	}

	void unclaim() {
		this.claimedBy = null;
		this.claimedAt = null;
	}

	void withdraw() {
		this.status = Status.WITHDRAWN;
		this.openKey = null;
		this.completedAt = Instant.now();
	}

	void complete(String username, String decision, String comment) {
		this.status = Status.COMPLETED;
		this.openKey = null;
		this.completedBy = username;
		this.completedAt = Instant.now();
		this.decision = decision;
		this.comment = comment;
	}

	public boolean offeredTo(List<String> groups) {
		return candidateGroupList().stream().anyMatch(groups::contains);
	}

	public List<String> candidateGroupList() {
		return split(this.candidateGroups);
	}

	public List<String> decisionList() {
		return split(this.decisions);
	}

	public boolean commentRequired(String decision) {
		return split(this.commentRequiredFor).contains(decision);
	}

	/**
	 * The message keys of the decisions that need a comment (header
	 * {@code commentRequiredFor}), so the page's hint names this task's own decisions.
	 */
	public List<String> commentRequiredDecisionKeys() {
		return split(this.commentRequiredFor).stream().map((d) -> "decision." + d).toList();
	}

	public String title(java.util.Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.titleEn != null) ? this.titleEn : this.name;
	}

	private static List<String> split(String value) {
		return (value == null || value.isBlank()) ? List.of()
				: Arrays.stream(value.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

	public Long getId() {
		return this.id;
	}

	public String getCaseId() {
		return this.caseId;
	}

	public String getFlow() {
		return this.flow;
	}

	public String getElementId() {
		return this.elementId;
	}

	public String getName() {
		return this.name;
	}

	public Long getScopeOrgId() {
		return this.scopeOrgId;
	}

	public String getFormKey() {
		return this.formKey;
	}

	public Instant getDueAt() {
		return this.dueAt;
	}

	public int getRound() {
		return this.round;
	}

	public long getJobKey() {
		return this.jobKey;
	}

	public String getEngineEpoch() {
		return this.engineEpoch;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getClaimedBy() {
		return this.claimedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public String getCompletedBy() {
		return this.completedBy;
	}

	public String getDecision() {
		return this.decision;
	}

	public String getComment() {
		return this.comment;
	}

	public String getApplicantName() {
		return this.applicantName;
	}

	public String getApplicantUnit() {
		return this.applicantUnit;
	}

	/** Whose application it is, in the reader's language where the applicant has it. */
	public String applicantName(java.util.Locale locale) {
		return (english(locale) && this.applicantNameEn != null) ? this.applicantNameEn : this.applicantName;
	}

	/** The applicant unit's name in the reader's language where the unit has it. */
	public String applicantUnit(java.util.Locale locale) {
		return (english(locale) && this.applicantUnitEn != null) ? this.applicantUnitEn : this.applicantUnit;
	}

	private static boolean english(java.util.Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	public String getApplicantCode() {
		return this.applicantCode;
	}

	/** How long it has waited since it was created. */
	public Duration getWaiting() {
		Duration waited = Duration.between(this.createdAt, Instant.now());
		return waited.isNegative() ? Duration.ZERO : waited;
	}

	public boolean isOverdue() {
		return this.status == Status.OPEN && this.dueAt != null && this.dueAt.isBefore(Instant.now());
	}

}
