package org.fairflow.portal.badge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fairflow.portal.fair.FairSettings;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.unit.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's badge holders of previous editions (往届专业观众人员), found by its credit code,
 * brought forward as drafts: re-applied (重新申办, a new application) or reused (证件复用, see
 * {@link ReuseRule}). A holder is brought forward at most once: its document number is
 * then taken in the unit.
 */
@Service
@Transactional
class PreviousHolders {

	static final int PAGE_SIZE = 20;

	private static final Logger log = LoggerFactory.getLogger(PreviousHolders.class);

	private final PreviousHolderRepository holders;

	private final PreviousHolderPhotoRepository holderPhotos;

	private final PersonRepository persons;

	private final PersonPhotoRepository photos;

	private final UnitDirectory units;

	private final Organisations organisations;

	private final FairSettings fair;

	private final FairDates dates;

	PreviousHolders(PreviousHolderRepository holders, PreviousHolderPhotoRepository holderPhotos,
			PersonRepository persons, PersonPhotoRepository photos, UnitDirectory units, Organisations organisations,
			FairSettings fair, FairDates dates) {
		this.holders = holders;
		this.holderPhotos = holderPhotos;
		this.persons = persons;
		this.photos = photos;
		this.units = units;
		this.organisations = organisations;
		this.fair = fair;
		this.dates = dates;
	}

	/** The edition in force now: the organiser may start the next one during a season. */
	int edition() {
		return this.fair.current().edition();
	}

	/** The holders of editions before this one, latest edition first. */
	@Transactional(readOnly = true)
	public Page<PreviousHolder> list(String creditCode, int page) {
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE,
				Sort.by(Sort.Order.desc("edition"), Sort.Order.asc("id")));
		return this.holders.findByCreditCodeAndEditionLessThan(creditCode, edition(), request);
	}

	/**
	 * Which of these holders the unit has already brought forward (by document number).
	 */
	@Transactional(readOnly = true)
	public Set<Long> broughtForward(Long unitId, List<PreviousHolder> shown) {
		if (shown.isEmpty()) {
			return Set.of();
		}
		Set<String> taken = new HashSet<>(
				this.persons.takenNumbers(unitId, shown.stream().map(PreviousHolder::getDocumentNumber).toList()));
		Set<Long> result = new HashSet<>();
		shown.stream().filter((h) -> taken.contains(h.getDocumentNumber())).forEach((h) -> result.add(h.getId()));
		return result;
	}

	/** 重新申办: a new draft with the holder's data and photo, freely editable. */
	public Person reapply(String creditCode, Long holderId) {
		return bringForward(creditCode, holderId, false);
	}

	/**
	 * 证件复用: a draft that reuses the holder's badge, refused unless the rule allows it.
	 */
	public Person reuse(String creditCode, Long holderId) {
		return bringForward(creditCode, holderId, true);
	}

	private Person bringForward(String creditCode, Long holderId, boolean reuse) {
		UnitDirectory.RegisteredUnit unit = this.units.find(creditCode)
			.orElseThrow(PreviousHolderNotFoundException::new);
		PreviousHolder holder = this.holders.findByIdAndCreditCodeAndEditionLessThan(holderId, creditCode, edition())
			.orElseThrow(PreviousHolderNotFoundException::new);
		if (reuse) {
			String organisationCode = this.organisations.find(unit.organisationId())
				.map(Organisation::getCode)
				.orElse("");
			ReuseRule.refusal(holder, organisationCode, edition()).ifPresent((key) -> {
				throw new PersonException(null, key);
			});
		}
		// The old card's entry dates belong to its edition: the new card gets this one's.
		PersonRules.Result checked = PersonRules.check(this.dates.applyTo(holder.toForm()));
		if (!checked.ok()) {
			throw new PersonException(null, "badge.previous.outdated");
		}
		if (this.persons.existsByUnitIdAndDocumentNumber(unit.id(), checked.checked().documentNumber())) {
			throw new PersonException(null, "badge.previous.alreadyBrought");
		}
		PersonPhoto photo = photo(holderId);
		if (reuse && photo == null) {
			throw new PersonException(null, "badge.reuse.noPhoto");
		}
		Person person = new Person(unit.id(), checked.checked());
		if (reuse) {
			person.reuses(holder.getId());
		}
		person = this.persons.saveAndFlush(person);
		if (photo != null) {
			this.photos.save(new PersonPhotoRecord(person.getId(), photo));
			person.photoStored();
		}
		log.info("Unit {} brought previous holder {} forward as person {} ({})", unit.id(), holderId, person.getId(),
				reuse ? "reuse" : "new application");
		return person;
	}

	/** The holder's photo if it still passes this edition's photo checks, else null. */
	private PersonPhoto photo(Long holderId) {
		return this.holderPhotos.findById(holderId).map((p) -> {
			try {
				return PersonPhoto.of(p.getContent());
			}
			catch (InvalidPhotoException ex) {
				return null;
			}
		}).orElse(null);
	}

}
