package org.fairflow.portal.product;

import java.util.Locale;

/**
 * Service-trade categories of a product (展品类别), also a project's industry. Stored by
 * name.
 */
public enum ProductCategory {

	EDUCATION_PRIMARY("教育服务-初级教育服务", "Education – primary education"),
	EDUCATION_HIGHER("教育服务-高等教育服务", "Education – higher education"),
	EDUCATION_VOCATIONAL("教育服务-职业培训服务", "Education – vocational training"),
	FINANCE_BANKING("金融服务-银行服务", "Finance – banking"), FINANCE_INSURANCE("金融服务-保险服务", "Finance – insurance"),
	CULTURE_CREATIVE("文化服务-文化创意", "Culture – creative services"),
	CULTURE_MEDIA("文化服务-影视传媒", "Culture – film and media"), TOURISM("旅游服务", "Tourism"),
	HEALTH_MEDICAL("健康医疗服务", "Health and medical services"), SPORTS("体育服务", "Sports"),
	IT_SOFTWARE("计算机和信息服务-软件服务", "IT – software services"), IT_DATA("计算机和信息服务-数据服务", "IT – data services"),
	TELECOM("电信服务-5G通信", "Telecommunications – 5G"), TRANSPORT_LOGISTICS("运输服务-物流服务", "Transport – logistics"),
	CONSTRUCTION("建筑及相关工程服务", "Construction and engineering"),
	BUSINESS_CONSULTING("商务服务-咨询服务", "Business – consulting"), BUSINESS_LEGAL("商务服务-法律服务", "Business – legal services"),
	ENVIRONMENT("环境服务", "Environmental services"), SERVICE_ROBOTS("服务机器人", "Service robots"),
	OTHER("其他服务", "Other services");

	private final String nameZh;

	private final String nameEn;

	ProductCategory(String nameZh, String nameEn) {
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

	/** The category of a code, or null for an unknown or blank one. */
	public static ProductCategory of(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		for (ProductCategory category : values()) {
			if (category.name().equals(code.strip())) {
				return category;
			}
		}
		return null;
	}

}
