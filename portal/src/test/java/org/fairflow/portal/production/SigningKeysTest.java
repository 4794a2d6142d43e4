package org.fairflow.portal.production;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeysTest {

	@TempDir
	Path dataDir;

	@Test
	void withoutAConfiguredKeyOneIsGeneratedOnceAndReusedAtTheNextStart() {
		Path dir = this.dataDir.resolve("not-yet-there");
		byte[] first = SigningKeys.load("", dir);
		byte[] second = SigningKeys.load(null, dir);

		assertThat(first).hasSize(32);
		assertThat(second).isEqualTo(first);
		assertThat(dir.resolve(SigningKeys.FILE_NAME)).exists();
		String token = new BadgeSigner(first).token("AAAAAAAAAAAAAAAAAAAAAA");
		assertThat(new BadgeSigner(second).badgeIdOf(token)).contains("AAAAAAAAAAAAAAAAAAAAAA");
	}

	@Test
	void generatedKeysDifferBetweenDataDirectories() {
		assertThat(SigningKeys.load("", this.dataDir.resolve("a")))
			.isNotEqualTo(SigningKeys.load("", this.dataDir.resolve("b")));
	}

	@Test
	void aConfiguredKeyWinsAndNothingIsWritten() {
		byte[] key = SigningKeys.load("  configured-secret-0123456789  ", this.dataDir);

		assertThat(new String(key, StandardCharsets.UTF_8)).isEqualTo("configured-secret-0123456789");
		assertThat(this.dataDir.resolve(SigningKeys.FILE_NAME)).doesNotExist();
	}

	@Test
	void aTooShortConfiguredKeyStopsTheStartWithAClearMessage() {
		assertThatIllegalStateException().isThrownBy(() -> SigningKeys.load("short", this.dataDir))
			.withMessageContaining("FAIRFLOW_BADGE_SIGNING_KEY")
			.withMessageNotContaining("short");
	}

	@Test
	void aDamagedKeyFileIsReportedNotReplaced() throws Exception {
		Path file = this.dataDir.resolve(SigningKeys.FILE_NAME);
		Files.writeString(file, "not base64 !!");

		assertThatIllegalStateException().isThrownBy(() -> SigningKeys.load("", this.dataDir))
			.withMessageContaining("damaged");
		assertThat(Files.readString(file)).isEqualTo("not base64 !!");
	}

}
