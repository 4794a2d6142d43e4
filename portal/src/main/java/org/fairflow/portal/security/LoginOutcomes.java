package org.fairflow.portal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * What the form login does after a sign-in: counts a wrong password (or unknown name) for
 * the throttle, forgives the name's failures on success, then goes where the form login
 * always went ({@code /} or {@code /login?error}).
 */
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	private final SimpleUrlAuthenticationSuccessHandler success = new SimpleUrlAuthenticationSuccessHandler("/");

	private final SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(
			"/login?error");

	LoginOutcomes(LoginThrottle throttle) {
		this.throttle = throttle;
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
		this.failure.onAuthenticationFailure(request, response, exception);
	}

}
