package org.fairflow.portal.production;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs badge ids for the QR code: {@code badgeId + "." + base64url(HMAC-SHA256(key,
 * badgeId))}. A token whose signature does not match, or that is not a token at all, is
 * simply not a badge.
 */
final class BadgeSigner {

	private static final String ALGORITHM = "HmacSHA256";

	private static final Pattern BADGE_ID = Pattern.compile("[A-Za-z0-9_-]{16,32}");

	private static final int MAX_TOKEN_LENGTH = 128;

	private final SecretKeySpec key;

	BadgeSigner(byte[] key) {
		this.key = new SecretKeySpec(key, ALGORITHM);
	}

	String token(String badgeId) {
		return badgeId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(badgeId));
	}

	/** The badge id of a genuine token; empty for a tampered or malformed one. */
	Optional<String> badgeIdOf(String token) {
		if (token == null || token.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 0 || dot != token.lastIndexOf('.')) {
			return Optional.empty();
		}
		String badgeId = token.substring(0, dot);
		if (!BADGE_ID.matcher(badgeId).matches()) {
			return Optional.empty();
		}
		byte[] given;
		try {
			given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		// Constant time: how much of a forged signature matched must not show in the
		// timing.
		return MessageDigest.isEqual(mac(badgeId), given) ? Optional.of(badgeId) : Optional.empty();
	}

	private byte[] mac(String badgeId) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(badgeId.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
