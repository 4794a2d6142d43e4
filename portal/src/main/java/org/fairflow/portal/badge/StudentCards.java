package org.fairflow.portal.badge;

import java.util.Optional;

import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.unit.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Student cards (学生证): a unit uploads one per person, the organiser of the unit's tree
 * verifies or rejects it. A verified card is what the DMN {@code badge-upgrade-fee} reads
 * as {@code studentCardVerified}.
 */
@Service
@Transactional
class StudentCards {

	static final int PAGE_SIZE = 20;

	static final int MAX_REASON = 200;

	private static final Logger log = LoggerFactory.getLogger(StudentCards.class);

	private final StudentCardRepository cards;

	private final PersonRepository persons;

	private final UnitDirectory units;

	private final Organisations organisations;

	private final AuditTrail audit;

	StudentCards(StudentCardRepository cards, PersonRepository persons, UnitDirectory units,
			Organisations organisations, AuditTrail audit) {
		this.cards = cards;
		this.persons = persons;
		this.units = units;
		this.organisations = organisations;
		this.audit = audit;
	}

	/**
	 * The unit's upload for its person: checked and written anew before anything is
	 * stored; replaces an earlier card, which then waits for a decision again.
	 * @throws StudentCardException naming the problem (nothing stored)
	 */
	StudentCard upload(Long unitId, Long personId, byte[] upload, String by) {
		StudentCardImage image = StudentCardImage.of(upload);
		Person person = this.persons.lockByIdAndUnitId(personId, unitId).orElseThrow(PersonNotFoundException::new);
		Long organisationId = this.units.findById(unitId).orElseThrow(PersonNotFoundException::new).organisationId();
		StudentCard card = this.cards.findByPersonId(person.getId())
			.orElseGet(() -> new StudentCard(person.getId(), unitId));
		card.uploaded(organisationId, image, by);
		log.info("Unit {} uploaded a student card for person {} ({})", unitId, personId, image);
		return this.cards.save(card);
	}

	@Transactional(readOnly = true)
	Optional<StudentCard> of(Long personId) {
		return this.cards.findByPersonId(personId);
	}

	/** Whether the organiser verified the person's student card. */
	@Transactional(readOnly = true)
	boolean verified(Long personId) {
		return this.cards.existsByPersonIdAndStatus(personId, StudentCard.Status.VERIFIED);
	}

	/** Cards of the organiser's tree waiting for a decision, oldest first. */
	@Transactional(readOnly = true)
	Page<StudentCard> toVerify(PortalUser organiser, int page) {
		requireOrganiser(organiser);
		return this.cards.findByStatusAndOrganisationIdIn(StudentCard.Status.PENDING,
				this.organisations.subtree(organiser.organisationId()),
				PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("uploadedAt", "id")));
	}

	/**
	 * The organiser verifies ({@code approve}) or rejects a card; a rejection needs a
	 * reason the unit sees.
	 * @throws StudentCardException when the card was decided meanwhile or the reason is
	 * missing or too long
	 */
	StudentCard decide(PortalUser organiser, Long cardId, boolean approve, String reason) {
		StudentCard card = organisersCard(organiser, cardId);
		String clean = (reason == null) ? "" : reason.strip();
		if (!approve && clean.isEmpty()) {
			throw new StudentCardException("badge.studentCard.reasonRequired");
		}
		if (clean.length() > MAX_REASON) {
			throw new StudentCardException("badge.studentCard.reasonTooLong");
		}
		if (card.getStatus() != StudentCard.Status.PENDING) {
			throw new StudentCardException("badge.studentCard.decidedAlready");
		}
		card.decide(approve, clean, organiser.getUsername());
		log.info("{} {} the student card of person {}", organiser.getUsername(), approve ? "verified" : "rejected",
				card.getPersonId());
		this.audit.recordBy(organiser.getUsername(), AuditCategory.DECISION, "studentCard.decided",
				"person:" + card.getPersonId(), (approve ? "verified" : "rejected")
						+ (clean.isEmpty() ? "" : ", reason: " + AuditTrail.excerpt(clean, 120)));
		return card;
	}

	/** A card the organiser may see: of its tree; anything else is not found. */
	@Transactional(readOnly = true)
	StudentCard organisersCard(PortalUser organiser, Long cardId) {
		requireOrganiser(organiser);
		return this.cards.findById(cardId)
			.filter((c) -> this.organisations.subtree(organiser.organisationId()).contains(c.getOrganisationId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The person's name for the organiser's list. */
	@Transactional(readOnly = true)
	String personName(Long personId) {
		return this.persons.findById(personId).map(Person::getNameZh).orElse("#" + personId);
	}

	private static void requireOrganiser(PortalUser user) {
		if (user == null || user.role() != Role.ORGANISER) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
