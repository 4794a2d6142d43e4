package org.fairflow.portal.booth;

/**
 * What the public directory searches live booths by; null or blank: any.
 *
 * @param name part of the booth's name, any case
 * @param tag one tag, whole, any case
 */
public record BoothSearch(String name, ExhibitionZone zone, String tag) {

	public static BoothSearch all() {
		return new BoothSearch(null, null, null);
	}

}
