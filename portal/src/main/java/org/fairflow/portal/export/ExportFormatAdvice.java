package org.fairflow.portal.export;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Every list's export link carries {@code format=}; a hand-made one with another value
 * gets a page that names the formats, whichever module's controller refused it.
 */
@ControllerAdvice
class ExportFormatAdvice {

	@ExceptionHandler(UnknownExportFormatException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String unknownFormat(Model model) {
		model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
		model.addAttribute("errorKey", "export.format.unknown");
		return "error";
	}

}
