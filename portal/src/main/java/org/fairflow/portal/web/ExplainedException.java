package org.fairflow.portal.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request the portal refuses with a reason for the person: a message key and its
 * arguments, shown by the layout as a flash error after a redirect.
 */
public class ExplainedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	protected ExplainedException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

	/** Shows the reason on the page the request redirects to. */
	public void flash(RedirectAttributes redirect) {
		redirect.addFlashAttribute("errorKey", this.messageKey);
		redirect.addFlashAttribute("errorArgs", args());
	}

}
