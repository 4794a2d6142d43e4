package org.fairflow.portal.exhibitor;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new batch of codes: how many, the last day they are valid (in the fair's zone, to its
 * end) and an optional label. Whether the day is in range depends on today, so the
 * controller checks that.
 */
class IssueForm {

	@NotNull(message = "{invitation.batch.count.required}")
	@Min(value = 1, message = "{invitation.batch.count}")
	@Max(value = InvitationCodes.MAX_BATCH, message = "{invitation.batch.count}")
	private Integer count;

	@NotNull(message = "{invitation.batch.expiry.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	@Size(max = 100, message = "{invitation.batch.label.size}")
	private String label;

	public Integer getCount() {
		return this.count;
	}

	public void setCount(Integer count) {
		this.count = count;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

}
