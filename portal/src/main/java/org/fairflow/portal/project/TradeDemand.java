package org.fairflow.portal.project;

import java.util.Locale;

/** What the project seeks (贸易需求), the guide's five choices. */
public enum TradeDemand {

	PROVIDER("提供服务方", "Service provider"), BUYER("采购服务方", "Service buyer"), INVESTMENT("寻求项目投资", "Seeking investment"),
	FINANCING("寻求项目融资", "Seeking financing"), OTHER("其他", "Other");

	private final String nameZh;

	private final String nameEn;

	TradeDemand(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

	/** The demand of a code, or null for an unknown or blank one. */
	public static TradeDemand of(String code) {
		for (TradeDemand demand : values()) {
			if (code != null && demand.name().equals(code.strip())) {
				return demand;
			}
		}
		return null;
	}

}
