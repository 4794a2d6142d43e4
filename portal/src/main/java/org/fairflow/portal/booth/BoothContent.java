package org.fairflow.portal.booth;

import java.util.List;

/**
 * One revision of a booth's content, as saved (revisions never change).
 *
 * @param logoMediaId the logo, an {@code exhibit} image ({@code /exhibit-media/{id}})
 * @param website http(s) address, or null
 * @param boothNumber the offline booth number, or null
 * @param contactName null in the public's view when the exhibitor hides its contact
 * @param tags 1–10, in the order entered
 * @param imageIds 1–5 images
 * @param videoIds 0–2 videos (MP4 or WebM)
 */
public record BoothContent(long revisionId, String name, long logoMediaId, String website, String introduction,
		String mainBusiness, ExhibitionZone zone, String boothNumber, String contactName, String contactPhone,
		String contactEmail, boolean showContact, List<String> tags, List<Long> imageIds, List<Long> videoIds) {

	/** The same content without the contact block (the public's view of a hidden one). */
	BoothContent withoutContact() {
		return new BoothContent(this.revisionId, this.name, this.logoMediaId, this.website, this.introduction,
				this.mainBusiness, this.zone, this.boothNumber, null, null, null, false, this.tags, this.imageIds,
				this.videoIds);
	}

	/** Where a medium of this booth is loaded from. */
	public static String mediaUrl(long mediaId) {
		return "/exhibit-media/" + mediaId;
	}

}
