package org.fairflow.portal.exhibitor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** Issues, lists, exports and revokes an inviting organisation's single-use codes. */
@Service
public class InvitationCodes {

	/** No 0, O, 1 or I: a code read aloud or typed from paper stays unambiguous. */
	static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	static final int LENGTH = 12;

	public static final int MAX_BATCH = 500;

	static final int PAGE_SIZE = 50;

	/** Rows read per query while exporting: the export never holds all codes at once. */
	private static final int EXPORT_CHUNK = 500;

	private static final Logger log = LoggerFactory.getLogger(InvitationCodes.class);

	private final InvitationBatchRepository batches;

	private final InvitationCodeRepository codes;

	private final ExhibitorRepository exhibitors;

	private final UnitDirectory units;

	private final Clock clock;

	private final ZoneId zone;

	private final AuditTrail audit;

	private final SecureRandom random = new SecureRandom();

	InvitationCodes(InvitationBatchRepository batches, InvitationCodeRepository codes, ExhibitorRepository exhibitors,
			UnitDirectory units, Clock clock, @Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone,
			AuditTrail audit) {
		this.batches = batches;
		this.codes = codes;
		this.exhibitors = exhibitors;
		this.units = units;
		this.clock = clock;
		this.zone = zone;
		this.audit = audit;
	}

	/**
	 * Issues {@code count} new codes expiring at {@code expiresAt}, which must be in the
	 * future and no later than the end of the same day a year from now (fair zone).
	 * @throws IllegalArgumentException when count or expiry are out of range (message:
	 * {@code invitation.batch.count} or {@code invitation.batch.expiry})
	 */
	@Transactional
	public List<InvitationCode> issue(Long orgId, int count, Instant expiresAt, String label, String actor) {
		Instant now = this.clock.instant();
		if (count < 1 || count > MAX_BATCH) {
			throw new IllegalArgumentException("invitation.batch.count");
		}
		if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(latestExpiry())) {
			throw new IllegalArgumentException("invitation.batch.expiry");
		}
		String cleanLabel = (label == null || label.isBlank()) ? null : label.strip();
		InvitationBatch batch = this.batches.save(new InvitationBatch(orgId, cleanLabel, count, expiresAt, now, actor));
		Set<String> drawn = new HashSet<>();
		List<InvitationCode> issued = new ArrayList<>();
		while (issued.size() < count) {
			String code = draw();
			if (drawn.add(code) && !this.codes.existsByCode(code)) {
				issued.add(this.codes.save(new InvitationCode(code, batch)));
			}
		}
		log.info("Organisation {} issued {} invitation codes (batch {}), valid until {}", orgId, count, batch.getId(),
				expiresAt);
		// The codes themselves stay out of the log: each one admits an exhibitor.
		this.audit.recordBy(actor, AuditCategory.ADMINISTRATION, "invitation.issued", "organisation:" + orgId,
				"batch " + batch.getId() + ", " + count + " codes, valid until " + expiresAt
						+ ((cleanLabel != null) ? ", label: " + AuditTrail.excerpt(cleanLabel, 100) : ""));
		return issued;
	}

	/** The last instant of a day in the fair's zone: a code "valid until" that day. */
	public Instant endOfDay(LocalDate day) {
		return day.plusDays(1).atStartOfDay(this.zone).toInstant().minusSeconds(1);
	}

	/** Today in the fair's zone. */
	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	/** The last day a new batch may run to: a year from today. */
	LocalDate lastExpiryDay() {
		return today().plusYears(1);
	}

	private Instant latestExpiry() {
		return endOfDay(lastExpiryDay());
	}

	/**
	 * Revokes an unused code of the organisation. The row is locked, so a registration
	 * with the same code either finished before (the code is used: refused) or waits and
	 * finds it revoked.
	 * @throws InvitationCodeNotFoundException for an unknown code or another
	 * organisation's
	 * @throws InvitationRefusedException ({@code invitation.revoke.notIssued}) for a used
	 * or already revoked code
	 */
	@Transactional
	public InvitationCode revoke(Long codeId, Long orgId, String actor) {
		InvitationCode code = this.codes.lockById(codeId)
			.filter((c) -> Objects.equals(c.getOrganisationId(), orgId))
			.orElseThrow(InvitationCodeNotFoundException::new);
		if (code.getStatus() != CodeStatus.ISSUED) {
			throw new InvitationRefusedException("invitation.revoke.notIssued");
		}
		code.revoke(actor, this.clock.instant());
		log.info("Organisation {} revoked invitation code {}", orgId, codeId);
		this.audit.recordBy(actor, AuditCategory.ADMINISTRATION, "invitation.revoked", "organisation:" + orgId,
				"code " + codeId + " of batch " + code.getBatchId());
		return code;
	}

	/** The organisation's code, or empty for an unknown one or another organisation's. */
	@Transactional(readOnly = true)
	Optional<CodeRow> find(Long codeId, Long orgId) {
		return this.codes.findById(codeId)
			.filter((c) -> Objects.equals(c.getOrganisationId(), orgId))
			.map((c) -> rows(List.of(c)).get(0));
	}

	/** The organisation's batches, newest first (the list's batch filter). */
	@Transactional(readOnly = true)
	List<InvitationBatch> batches(Long orgId) {
		return this.batches.findByOrganisationIdOrderByCreatedAtDescIdDesc(orgId);
	}

	/** One page of the organisation's codes, newest first. */
	@Transactional(readOnly = true)
	Page<CodeRow> list(Long orgId, CodeFilter filter, int page) {
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(Sort.Order.desc("id")));
		Page<InvitationCode> found = this.codes.findAll(spec(orgId, filter, null), request);
		return new PageImpl<>(rows(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	/**
	 * Every code of the organisation the filter selects, oldest first, handed over a
	 * chunk at a time (keyed by id, so each chunk is one indexed query).
	 */
	@Transactional(readOnly = true)
	void export(Long orgId, CodeFilter filter, Consumer<List<CodeRow>> sink) {
		Long after = 0L;
		while (true) {
			PageRequest request = PageRequest.of(0, EXPORT_CHUNK, Sort.by(Sort.Order.asc("id")));
			List<InvitationCode> chunk = this.codes.findAll(spec(orgId, filter, after), request).getContent();
			if (chunk.isEmpty()) {
				return;
			}
			sink.accept(rows(chunk));
			after = chunk.get(chunk.size() - 1).getId();
		}
	}

	/** What the list filters by; null parts filter nothing. */
	record CodeFilter(CodeState state, Long batchId, String code) {

		static CodeFilter of(String state, Long batchId, String code) {
			String typed = normalise(code);
			return new CodeFilter(CodeState.parse(state), batchId, typed.isEmpty() ? null : typed);
		}

		/** The export's address with these filters (the format is added by the link). */
		public String exportLink() {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/invitations/export");
			if (this.state != null) {
				uri.queryParam("state", this.state);
			}
			if (this.batchId != null) {
				uri.queryParam("batch", this.batchId);
			}
			if (this.code != null) {
				uri.queryParam("code", this.code);
			}
			return uri.encode().build().toUriString();
		}

	}

	/**
	 * A line of the list and of the export.
	 *
	 * @param usedBy the name of the unit that registered with the code (Chinese, English)
	 */
	record CodeRow(InvitationCode code, CodeState state, String batchLabel, RegisteredUnit usedBy) {

		public boolean revocable() {
			return this.code.getStatus() == CodeStatus.ISSUED;
		}

	}

	private Specification<InvitationCode> spec(Long orgId, CodeFilter filter, Long afterId) {
		Instant now = this.clock.instant();
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("organisationId"), orgId));
			if (afterId != null) {
				where.add(cb.greaterThan(root.get("id"), afterId));
			}
			if (filter.batchId() != null) {
				where.add(cb.equal(root.get("batchId"), filter.batchId()));
			}
			if (filter.code() != null) {
				where.add(cb.like(root.get("code"), "%" + escape(filter.code()) + "%", '!'));
			}
			if (filter.state() != null) {
				where.add(switch (filter.state()) {
					case USED -> cb.equal(root.get("status"), CodeStatus.USED);
					case REVOKED -> cb.equal(root.get("status"), CodeStatus.REVOKED);
					case ISSUED -> cb.and(cb.equal(root.get("status"), CodeStatus.ISSUED),
							cb.greaterThan(root.<Instant>get("expiresAt"), now));
					case EXPIRED -> cb.and(cb.equal(root.get("status"), CodeStatus.ISSUED),
							cb.lessThanOrEqualTo(root.<Instant>get("expiresAt"), now));
				});
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** Batch labels and the units that used the codes, read once for the rows. */
	private List<CodeRow> rows(List<InvitationCode> found) {
		Instant now = this.clock.instant();
		Map<Long, String> labels = this.batches
			.findAllById(found.stream().map(InvitationCode::getBatchId).collect(Collectors.toSet()))
			.stream()
			.filter((b) -> b.getLabel() != null)
			.collect(Collectors.toMap(InvitationBatch::getId, InvitationBatch::getLabel));
		Set<Long> exhibitorIds = found.stream()
			.map(InvitationCode::getUsedByExhibitorId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, Long> unitOfExhibitor = exhibitorIds.isEmpty() ? Map.of()
				: this.exhibitors.findAllByIdIn(exhibitorIds)
					.stream()
					.collect(Collectors.toMap(Exhibitor::getId, Exhibitor::getUnitId));
		Map<Long, RegisteredUnit> units = this.units.findByIds(Set.copyOf(unitOfExhibitor.values()));
		return found.stream()
			.map((c) -> new CodeRow(c, CodeState.of(c, now), labels.get(c.getBatchId()),
					Optional.ofNullable(c.getUsedByExhibitorId())
						.map(unitOfExhibitor::get)
						.map(units::get)
						.orElse(null)))
			.toList();
	}

	/** Upper case, without the spaces and dashes people type between the groups. */
	public static String normalise(String typed) {
		return (typed == null) ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
	}

	private static String escape(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private String draw() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
