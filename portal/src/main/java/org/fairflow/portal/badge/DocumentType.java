package org.fairflow.portal.badge;

/**
 * Identity documents: the resident ID for mainland Chinese, otherwise one of the others.
 */
public enum DocumentType {

	RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT

}
