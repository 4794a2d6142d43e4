package org.fairflow.portal.admin;

import java.util.Optional;

import org.fairflow.portal.security.PasswordPolicy;
import org.fairflow.portal.security.PasswordResets;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one-time link: whoever holds it chooses a password under {@link PasswordPolicy},
 * once. An unknown, used or expired link gets one page that says so (404), whichever it
 * was, so the page tells nobody which links exist.
 */
@Controller
@RequestMapping("/password/reset/{token}")
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<String> login = this.resets.loginFor(token);
		if (login.isEmpty()) {
			return invalid(response);
		}
		model.addAttribute("login", login.get());
		model.addAttribute("token", token);
		return "admin/reset";
	}

	@PostMapping
	String reset(@PathVariable String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordConfirm, Model model, HttpServletResponse response) {
		Optional<String> login = this.resets.loginFor(token);
		if (login.isEmpty()) {
			return invalid(response);
		}
		Optional<String> problem = PasswordPolicy.problem(password, login.get());
		if (problem.isEmpty() && !password.equals(passwordConfirm)) {
			problem = Optional.of("admin.reset.mismatch");
		}
		if (problem.isPresent()) {
			model.addAttribute("login", login.get());
			model.addAttribute("problem", problem.get());
			model.addAttribute("token", token);
			return "admin/reset";
		}
		if (!this.resets.reset(token, password)) {
			return invalid(response);
		}
		return "admin/reset-done";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "admin/reset-invalid";
	}

}
