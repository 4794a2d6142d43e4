package org.fairflow.portal.exhibitor;

import java.util.List;

/**
 * What a unit submits to become an exhibitor (提交参展信息), already checked field by field.
 *
 * @param code the invitation code as typed (normalised by the service)
 * @param contactMobile the contact's mobile in E.164 ({@code +8613800138000})
 * @param purposes codes of the exhibition purposes (参展目的)
 */
public record ExhibitorRegistration(String code, Participation participation, String contactName, String contactTitle,
		String contactMobile, String contactEmail, List<String> purposes, String content, String needs) {
}
