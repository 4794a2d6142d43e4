package org.fairflow.portal.exhibitor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues and revokes an inviting organisation's single-use codes. */
@Service
public class InvitationCodes {

	/** No 0, O, 1 or I: a code read aloud or typed from paper stays unambiguous. */
	static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	static final int LENGTH = 12;

	public static final int MAX_BATCH = 500;

	private static final Duration MAX_VALIDITY = Duration.ofDays(366);

	private static final Logger log = LoggerFactory.getLogger(InvitationCodes.class);

	private final InvitationBatchRepository batches;

	private final InvitationCodeRepository codes;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	InvitationCodes(InvitationBatchRepository batches, InvitationCodeRepository codes, Clock clock) {
		this.batches = batches;
		this.codes = codes;
		this.clock = clock;
	}

	/**
	 * Issues {@code count} new codes expiring at {@code expiresAt}.
	 * @throws IllegalArgumentException when count or expiry are out of range
	 */
	@Transactional
	public List<InvitationCode> issue(Long orgId, int count, Instant expiresAt, String label, String actor) {
		Instant now = this.clock.instant();
		if (count < 1 || count > MAX_BATCH) {
			throw new IllegalArgumentException("invitation.batch.count");
		}
		if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_VALIDITY))) {
			throw new IllegalArgumentException("invitation.batch.expiry");
		}
		InvitationBatch batch = this.batches.save(new InvitationBatch(orgId, label, count, expiresAt, now, actor));
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
		return issued;
	}

	/** Upper case, without the spaces and dashes people type between the groups. */
	public static String normalise(String typed) {
		return (typed == null) ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
	}

	private String draw() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
