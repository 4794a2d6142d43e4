package org.fairflow.portal.production;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address a badge's QR code opens: {@code <public-url>/verify/<signed token>}.
 * Without a configured public URL, the address the portal was reached at (the QR code is
 * drawn for a request), which is right for a single portal and for tests on a random
 * port.
 */
class VerificationLinks {

	private final BadgeSigner signer;

	private final String publicUrl;

	VerificationLinks(BadgeSigner signer, String publicUrl) {
		this.signer = signer;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	String url(String badgeId) {
		String base = this.publicUrl.isBlank()
				? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : this.publicUrl;
		return base + "/verify/" + this.signer.token(badgeId);
	}

}
