package org.fairflow.portal.web;

import org.fairflow.portal.security.LoginLimits;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final LoginLimits loginLimits;

	HomeController(LoginLimits loginLimits) {
		this.loginLimits = loginLimits;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user) {
		if (user == null) {
			return "home";
		}
		if (user.role() == Role.APPLICANT) {
			return "redirect:/unit";
		}
		if (user.role() == Role.PROCESS_OWNER) {
			return "redirect:/console";
		}
		return (user.role().reviews() || user.role() == Role.FINANCE) ? "redirect:/tasks" : "home";
	}

	/** The login page; {@code ?locked} says for how long throttling refuses a sign-in. */
	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockMinutes", this.loginLimits.lockMinutes());
		return "login";
	}

}
