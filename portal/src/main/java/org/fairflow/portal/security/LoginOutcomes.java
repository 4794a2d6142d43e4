package org.fairflow.portal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * What the form login does after a sign-in: counts a wrong password (or unknown name) for
 * the throttle, forgives the name's failures on success, then goes where the form login
 * always went ({@code /} or {@code /login?error}). A failure is recorded in the audit log
 * with the name typed, never the password.
 */
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final SimpleUrlAuthenticationSuccessHandler success = new SimpleUrlAuthenticationSuccessHandler("/");

	private final SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(
			"/login?error");

	static final int NAME_MAX = 60;

	LoginOutcomes(LoginThrottle throttle, AuditTrail audit) {
		this.throttle = throttle;
		this.audit = audit;
		this.success.setAlwaysUseDefaultTargetUrl(true);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		this.throttle.succeeded(request.getParameter("username"));
		this.success.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		// Only a wrong secret counts: a disabled account or a database outage is no
		// guess.
		if (exception instanceof BadCredentialsException) {
			this.throttle.failed(request.getParameter("username"), request.getRemoteAddr());
		}
		failed(this.audit, request, reason(exception));
		this.failure.onAuthenticationFailure(request, response, exception);
	}

	/**
	 * Records a failed sign-in: the name typed (at most {@value #NAME_MAX} characters,
	 * control characters dropped) and the address.
	 */
	static void failed(AuditTrail audit, HttpServletRequest request, String reason) {
		String typed = request.getParameter("username");
		String name = (typed != null) ? typed.replaceAll("\\p{Cntrl}", "").strip() : "";
		if (name.length() > NAME_MAX) {
			name = name.substring(0, NAME_MAX);
		}
		String actor = name.isEmpty() ? "anonymous" : name;
		audit.record(AuditCategory.LOGIN, "login.failed", actor, request.getRemoteAddr(), "user:" + actor,
				"reason=" + reason);
	}

	private static String reason(AuthenticationException exception) {
		if (exception instanceof BadCredentialsException) {
			return "bad-credentials";
		}
		if (exception instanceof DisabledException) {
			return "disabled";
		}
		if (exception instanceof LockedException) {
			return "locked";
		}
		return "error";
	}

}
