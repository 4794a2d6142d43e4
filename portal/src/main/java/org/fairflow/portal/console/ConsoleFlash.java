package org.fairflow.portal.console;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The layout shows a flash error by message key with its arguments. */
final class ConsoleFlash {

	private ConsoleFlash() {
	}

	static void error(RedirectAttributes redirect, String messageKey, Object... args) {
		redirect.addFlashAttribute("errorKey", messageKey);
		redirect.addFlashAttribute("errorArgs", args);
	}

}
