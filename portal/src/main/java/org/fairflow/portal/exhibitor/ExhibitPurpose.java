package org.fairflow.portal.exhibitor;

/**
 * Why a unit exhibits (参展目的), the guide's four; stored as a comma list of these names.
 */
public enum ExhibitPurpose {

	/** 了解产业政策、行业趋势与动态. */
	POLICY,

	/** 与同业人员交流. */
	PEERS,

	/** 寻找合作伙伴. */
	PARTNERS,

	/** 推销/采购服务产品. */
	TRADE

}
