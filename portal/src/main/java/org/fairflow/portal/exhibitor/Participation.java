package org.fairflow.portal.exhibitor;

/**
 * How an exhibitor takes part (参展类型): online only, or online and on site (only those may
 * apply for badges, the guide says).
 */
public enum Participation {

	ONLINE, ONLINE_OFFLINE

}
