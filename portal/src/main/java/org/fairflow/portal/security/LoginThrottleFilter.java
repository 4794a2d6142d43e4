package org.fairflow.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fairflow.portal.audit.AuditTrail;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the form login: a sign-in whose login name or client address is locked is
 * not tried at all (no password is checked, nothing more is counted) and goes back to the
 * login page, which says why. The refused attempt is recorded as a failed sign-in.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String LOCKED_URL = "/login?locked";

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	LoginThrottleFilter(LoginThrottle throttle, AuditTrail audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.throttle.refuses(request.getParameter("username"), request.getRemoteAddr())) {
			LoginOutcomes.failed(this.audit, request, "throttled");
			response.sendRedirect(request.getContextPath() + LOCKED_URL);
			return;
		}
		chain.doFilter(request, response);
	}

}
