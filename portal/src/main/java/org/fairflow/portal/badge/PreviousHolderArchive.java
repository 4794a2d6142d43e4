package org.fairflow.portal.badge;

import java.time.LocalDate;

import org.fairflow.portal.quota.BadgeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the badge holders of previous editions come in (an import of the previous
 * edition's archive; today only the demo data uses it). The holders are read by
 * {@link PreviousHolders}, never changed.
 */
@Service
@Transactional
public class PreviousHolderArchive {

	private static final Logger log = LoggerFactory.getLogger(PreviousHolderArchive.class);

	private final PreviousHolderRepository holders;

	private final PreviousHolderPhotoRepository photos;

	PreviousHolderArchive(PreviousHolderRepository holders, PreviousHolderPhotoRepository photos) {
		this.holders = holders;
		this.photos = photos;
	}

	/** Stores one holder with the printed photo (may be null) and returns its id. */
	public Long record(Entry entry, byte[] photo) {
		PreviousHolder holder = this.holders.saveAndFlush(new PreviousHolder(entry));
		if (photo != null && photo.length > 0) {
			this.photos.save(new PreviousHolderPhoto(holder.getId(), photo));
		}
		log.info("Previous holder {} of edition {} recorded", holder.getId(), entry.edition());
		return holder.getId();
	}

	/** Whether any holder is recorded for this (normalised) credit code. */
	@Transactional(readOnly = true)
	public boolean hasHolders(String creditCode) {
		return this.holders.existsByCreditCode(creditCode);
	}

	/**
	 * One holder as the previous edition printed and reviewed it;
	 * {@code organisationCode} is the delegation or sub-delegation the unit came through
	 * then.
	 */
	public record Entry(int edition, String creditCode, String organisationCode, String nationality, String nameZh,
			String nameEn, Gender gender, DocumentType documentType, String documentNumber, LocalDate birthDate,
			String mobile, String email, String jobTitle, BadgeType badgeType, LocalDate entryFrom, LocalDate entryTo,
			String badgeNumber, boolean reviewPassed) {
	}

}
