package org.fairflow.portal.security;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the sessions an account had when it was disabled, changed role or got a new
 * password: the session keeps the person as they signed in, so the next request of a
 * session older than the change signs out. Kept in memory like the sessions themselves (a
 * restart ends both). Runs after Spring Security's filters, which have read the session's
 * person by then.
 */
@Component
class SessionRevocations extends OncePerRequestFilter {

	private final Map<Long, Long> revokedAt = new ConcurrentHashMap<>();

	void revoke(Long accountId) {
		this.revokedAt.put(accountId, System.currentTimeMillis());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
			Long revoked = this.revokedAt.get(user.id());
			if (revoked != null && session.getCreationTime() <= revoked) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
