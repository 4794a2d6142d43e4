package org.fairflow.portal.production;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The signing key ({@code fairflow.badge.signing-key}, env
 * {@code FAIRFLOW_BADGE_SIGNING_KEY}) and the public address printed in QR codes
 * ({@code fairflow.public-url}, env {@code FAIRFLOW_PUBLIC_URL}).
 */
@Configuration(proxyBeanMethods = false)
class ProductionConfiguration {

	@Bean
	BadgeSigner badgeSigner(@Value("${fairflow.badge.signing-key:}") String configuredKey,
			@Value("${fairflow.data-dir:./data}") String dataDir) {
		return new BadgeSigner(SigningKeys.load(configuredKey, Path.of(dataDir)));
	}

	@Bean
	VerificationLinks verificationLinks(BadgeSigner signer, @Value("${fairflow.public-url:}") String publicUrl) {
		return new VerificationLinks(signer, publicUrl);
	}

}
