package org.fairflow.portal.production;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeSignerTest {

	private final BadgeSigner signer = new BadgeSigner(key("the-fair-signing-key-0123456789ab"));

	private final String badgeId = BadgeProduction.newId();

	@Test
	void aTokenItSignedGivesBackTheBadgeId() {
		String token = this.signer.token(this.badgeId);

		assertThat(token).startsWith(this.badgeId + ".").matches("[A-Za-z0-9_.-]+");
		assertThat(this.signer.badgeIdOf(token)).contains(this.badgeId);
	}

	@Test
	void aTamperedSignatureOrBadgeIdIsRefused() {
		String token = this.signer.token(this.badgeId);
		String signature = token.substring(token.indexOf('.') + 1);
		char last = signature.charAt(0);
		String otherSignature = ((last == 'A') ? 'B' : 'A') + signature.substring(1);
		String otherId = BadgeProduction.newId();

		assertThat(this.signer.badgeIdOf(this.badgeId + "." + otherSignature)).isEmpty();
		assertThat(this.signer.badgeIdOf(otherId + "." + signature)).isEmpty();
		assertThat(this.signer.badgeIdOf(this.badgeId + "." + signature.substring(1))).isEmpty();
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() {
		BadgeSigner other = new BadgeSigner(key("another-fair-key-0123456789abcdef"));

		assertThat(this.signer.badgeIdOf(other.token(this.badgeId))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ".", "abc", "no-dot-at-all-here-000000", "a.b", "short.AAAA",
			"AAAAAAAAAAAAAAAAAAAAAA.!!!!", "AAAAAAAAAAAAAAAAAAAAAA.AA.AA", "AAAAAAAAAAAAAAAAAAAAAA.A",
			"<script>alert(1)</script>.AAAA", "AAAAAAAAAAAAAAAAAAAAAA.===" })
	void malformedTokensAreRefusedWithoutAnException(String token) {
		assertThat(this.signer.badgeIdOf(token)).isEmpty();
	}

	@Test
	void nullAndOverlongTokensAreRefused() {
		assertThat(this.signer.badgeIdOf(null)).isEmpty();
		assertThat(this.signer.badgeIdOf(this.signer.token(this.badgeId) + "A".repeat(200))).isEmpty();
	}

	@Test
	void badgeIdsAreUrlSafeAndDifferEveryTime() {
		assertThat(this.badgeId).matches("[A-Za-z0-9_-]{22}");
		assertThat(BadgeProduction.newId()).isNotEqualTo(this.badgeId);
	}

	private static byte[] key(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
