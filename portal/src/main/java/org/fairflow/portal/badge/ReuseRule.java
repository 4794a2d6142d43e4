package org.fairflow.portal.badge;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * When a previous badge may be reused (证件复用), and when a reused draft stops being one.
 * The card's printed fields are the name (zh and en), the nationality (printed as
 * region), the badge type, the photo and the entry dates; the unit and delegation are
 * held by the unit itself (same credit code, same organisation code).
 */
final class ReuseRule {

	/**
	 * A badge of the last two editions may be reused (the 7th fair took the 5th and 6th).
	 */
	static final int REUSABLE_EDITIONS = 2;

	private ReuseRule() {
	}

	/**
	 * Why this holder's badge may not be reused by a unit now under
	 * {@code organisationCode}, as a message key; empty if it may.
	 */
	static Optional<String> refusal(PreviousHolder holder, String organisationCode, int currentEdition) {
		if (!holder.isReviewPassed()) {
			return Optional.of("badge.reuse.notPassed");
		}
		if (holder.getEdition() < currentEdition - REUSABLE_EDITIONS) {
			return Optional.of("badge.reuse.tooOld");
		}
		if (!holder.getOrganisationCode().equals(organisationCode)) {
			return Optional.of("badge.reuse.otherOrganisation");
		}
		return Optional.empty();
	}

	/**
	 * Whether saving {@code values} (and {@code newPhoto}, null when none was uploaded)
	 * changes anything the reused card prints. The stored photo is only read when a new
	 * one came, to compare the bytes: the same file uploaded again changes nothing.
	 */
	static boolean changesPrintedFields(Person person, PersonRules.Checked values, PersonPhoto newPhoto,
			Supplier<byte[]> storedPhoto) {
		boolean textChanged = !Objects.equals(person.getNameZh(), values.nameZh())
				|| !Objects.equals(person.getNameEn(), values.nameEn())
				|| !Objects.equals(person.getNationality(), values.nationality())
				|| person.getBadgeType() != values.badgeType()
				|| !Objects.equals(person.getEntryFrom(), values.entryFrom())
				|| !Objects.equals(person.getEntryTo(), values.entryTo());
		return textChanged || (newPhoto != null && !Arrays.equals(newPhoto.content(), storedPhoto.get()));
	}

}
