package org.fairflow.portal.booth;

import java.util.Locale;

/** The fair's exhibition zones (展区) a booth belongs to, as the guide lists them. */
public enum ExhibitionZone {

	SERVICE_TRADE_ACHIEVEMENTS("中国服务贸易成果专区", "China's service trade achievements"),
	PUBLIC_HEALTH("公共卫生防疫专区", "Public health and epidemic prevention"),
	COUNTRIES_AND_PROVINCES("国别和省市专区", "Countries, provinces and cities"),
	TWELVE_FIELDS("服务贸易十二大领域企业专区", "Enterprises of the twelve service trade fields"),
	CULTURE("文化服务", "Cultural services"), FINANCE("金融服务", "Financial services"), WINTER_SPORTS("冬季运动", "Winter sports"),
	TOURISM("旅游服务", "Tourism services"), EDUCATION("教育服务", "Education services"), SPORTS("体育服务", "Sports services"),
	SERVICE_ROBOTS("服务机器人", "Service robots"), COMMUNICATION_5G("5G通信服务", "5G communication services");

	private final String nameZh;

	private final String nameEn;

	ExhibitionZone(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

	/** The zone of a code, or null for an unknown one. */
	public static ExhibitionZone of(String code) {
		if (code == null) {
			return null;
		}
		for (ExhibitionZone zone : values()) {
			if (zone.name().equals(code.strip())) {
				return zone;
			}
		}
		return null;
	}

}
