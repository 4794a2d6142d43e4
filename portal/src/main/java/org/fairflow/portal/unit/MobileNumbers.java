package org.fairflow.portal.unit;

/** Mobile numbers as the SMS providers need them. */
public final class MobileNumbers {

	private MobileNumbers() {
	}

	/**
	 * The number in E.164 form: a mainland mobile as the forms take it gets {@code +86};
	 * one with its country code stays as it is.
	 */
	public static String e164(String mobile) {
		if (mobile == null) {
			return null;
		}
		return mobile.startsWith("+") ? mobile : "+86" + mobile;
	}

}
