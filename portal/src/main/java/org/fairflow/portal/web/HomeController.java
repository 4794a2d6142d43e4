package org.fairflow.portal.web;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user) {
		if (user == null) {
			return "home";
		}
		if (user.role() == Role.APPLICANT) {
			return "redirect:/unit";
		}
		return (user.role().reviews() || user.role() == Role.FINANCE) ? "redirect:/tasks" : "home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
