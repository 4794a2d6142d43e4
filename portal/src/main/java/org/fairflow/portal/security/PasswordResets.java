package org.fairflow.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a password: 32 random bytes (base64url) shown once to whoever
 * issued them; only their SHA-256 hash is stored. A link works once, for 24 hours, and a
 * newer link for the same account ends the older ones.
 */
@Service
public class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(24);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PasswordResetTokenRepository tokens;

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final SessionRevocations revocations;

	PasswordResets(PasswordResetTokenRepository tokens, UserAccountRepository accounts, PasswordEncoder encoder,
			SessionRevocations revocations) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.encoder = encoder;
		this.revocations = revocations;
	}

	/**
	 * A new link's token for an account; the caller shows it once and keeps it nowhere.
	 */
	@Transactional
	public String issue(Long accountId) {
		Instant now = Instant.now();
		this.accounts.findById(accountId).orElseThrow();
		this.tokens.findByAccountIdAndUsedAtIsNull(accountId).forEach((old) -> old.supersede(now));
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.tokens.save(new PasswordResetToken(accountId, hash(token), now, now.plus(VALIDITY)));
		return token;
	}

	/** The login a link sets the password of, while the link is still usable. */
	@Transactional(readOnly = true)
	public Optional<String> loginFor(String token) {
		return usable(token, false).flatMap((t) -> this.accounts.findById(t.getAccountId()))
			.map(UserAccount::getUsername);
	}

	/**
	 * Sets the password (the caller checked it against {@link PasswordPolicy}) and uses
	 * the link up; sessions of the account signed in before end.
	 * @return false when the link is unknown, used or expired
	 */
	@Transactional
	public boolean reset(String token, String rawPassword) {
		Optional<PasswordResetToken> found = usable(token, true);
		if (found.isEmpty()) {
			return false;
		}
		Instant now = Instant.now();
		found.get().use(now);
		UserAccount account = this.accounts.findById(found.get().getAccountId()).orElseThrow();
		account.changePassword(this.encoder.encode(rawPassword));
		this.revocations.revoke(account.getId());
		return true;
	}

	private Optional<PasswordResetToken> usable(String token, boolean lock) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		String hash = hash(token);
		Optional<PasswordResetToken> found = lock ? this.tokens.findLockedByTokenHash(hash)
				: this.tokens.findByTokenHash(hash);
		return found.filter((t) -> t.usableAt(Instant.now()));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
