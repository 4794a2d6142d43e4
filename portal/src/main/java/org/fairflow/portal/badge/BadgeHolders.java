package org.fairflow.portal.badge;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The badge feature's public API for production and delivery: who a badge is for, the
 * photo to print, and where the liaison wants the badge sent.
 */
@Service
@Transactional(readOnly = true)
public class BadgeHolders {

	private final PersonRepository persons;

	private final PersonPhotoRepository photos;

	private final DeliveryAddressRepository addresses;

	BadgeHolders(PersonRepository persons, PersonPhotoRepository photos, DeliveryAddressRepository addresses) {
		this.persons = persons;
		this.photos = photos;
		this.addresses = addresses;
	}

	public Optional<BadgeHolder> find(Long personId) {
		return this.persons.findById(personId)
			.map((p) -> new BadgeHolder(p.getId(), p.getUnitId(), p.getNameZh(), p.getNameEn(), p.getBadgeType().name(),
					p.getJobTitle(), p.getEntryFrom(), p.getEntryTo(), p.isHasPhoto(), p.getCaseId()));
	}

	/** The photo as uploaded (JPEG), if the person has one. */
	public Optional<byte[]> photo(Long personId) {
		return this.photos.findById(personId).map(PersonPhotoRecord::getContent);
	}

	/**
	 * Where the badge goes now: the liaison's explicit choice, or for {@code DEFAULT} the
	 * unit's default address (courier) and pick-up when the unit has none. A chosen
	 * address that was deleted since falls back the same way.
	 */
	public DeliveryChoice deliveryChoice(Long personId) {
		Person person = this.persons.findById(personId).orElse(null);
		if (person == null || person.getDeliveryMethod() == DeliveryMethod.PICK_UP) {
			return DeliveryChoice.pickUp();
		}
		if (person.getDeliveryMethod() == DeliveryMethod.COURIER && person.getDeliveryAddressId() != null
				&& this.addresses.findByIdAndUnitId(person.getDeliveryAddressId(), person.getUnitId()).isPresent()) {
			return DeliveryChoice.courier(person.getDeliveryAddressId());
		}
		return this.addresses.findByUnitIdAndDefaultAddressTrue(person.getUnitId())
			.map((a) -> DeliveryChoice.courier(a.getId()))
			.orElseGet(DeliveryChoice::pickUp);
	}

	/**
	 * Fixes the hand-over when the badge is produced: the choice as
	 * {@link #deliveryChoice} reads it, recorded on the person for its status words.
	 */
	@Transactional
	public DeliveryChoice handOver(Long personId) {
		DeliveryChoice choice = deliveryChoice(personId);
		this.persons.handedOverBy(personId, DeliveryMethod.valueOf(choice.method()));
		return choice;
	}

	/**
	 * @param method {@code COURIER} or {@code PICK_UP}, the values of the process
	 * variable {@code deliveryMethod}
	 * @param addressId the saved address for a courier, else null
	 */
	public record DeliveryChoice(String method, Long addressId) {

		static DeliveryChoice pickUp() {
			return new DeliveryChoice("PICK_UP", null);
		}

		static DeliveryChoice courier(Long addressId) {
			return new DeliveryChoice("COURIER", addressId);
		}

	}

}
