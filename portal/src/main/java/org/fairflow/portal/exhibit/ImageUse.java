package org.fairflow.portal.exhibit;

/** Where an image goes, which sets its largest upload (the guide's limits). */
public enum ImageUse {

	LOGO(2), BOOTH_IMAGE(2), PRODUCT_IMAGE(2), PROJECT_IMAGE(5);

	private final int maxMegabytes;

	ImageUse(int maxMegabytes) {
		this.maxMegabytes = maxMegabytes;
	}

	public int maxMegabytes() {
		return this.maxMegabytes;
	}

	public long maxBytes() {
		return this.maxMegabytes * 1024L * 1024L;
	}

}
