package org.fairflow.portal.production;

/** The address a badge's QR code opens: {@code <public-url>/verify/<signed token>}. */
class VerificationLinks {

	private final BadgeSigner signer;

	private final String publicUrl;

	VerificationLinks(BadgeSigner signer, String publicUrl) {
		this.signer = signer;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	String url(String badgeId) {
		return this.publicUrl + "/verify/" + this.signer.token(badgeId);
	}

}
