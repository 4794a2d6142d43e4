package org.fairflow.portal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password chosen by a unit must be: 12 to 64 characters (and at most 72 bytes,
 * all that BCrypt reads), not containing the login in any case, and not one of the common
 * passwords shipped in {@code security/common-passwords.txt}.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 64;

	private static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/** The message key of the first rule the password breaks, or empty. */
	public static Optional<String> problem(String password, String login) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH
				|| password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (login != null && !login.isBlank() && lower.contains(login.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("password.containsLogin");
		}
		if (Common.PASSWORDS.contains(lower)) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	/** Read once, at the first check. */
	private static final class Common {

		private static final Set<String> PASSWORDS = load("/security/common-passwords.txt");

		private static Set<String> load(String resource) {
			try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Missing " + resource);
				}
				return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
					.filter((line) -> !line.isBlank() && !line.startsWith("#"))
					.map((line) -> line.toLowerCase(Locale.ROOT))
					.collect(Collectors.toUnmodifiableSet());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
