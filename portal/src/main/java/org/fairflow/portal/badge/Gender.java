package org.fairflow.portal.badge;

public enum Gender {

	MALE, FEMALE

}
