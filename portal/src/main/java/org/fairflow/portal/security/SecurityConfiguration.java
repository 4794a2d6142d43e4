package org.fairflow.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login with throttling ({@link LoginLimits}), BCrypt, CSRF on (Spring Security's
 * default, kept), a Content-Security-Policy without inline script, and a referrer policy
 * that sends no path to other sites. The session cookie's SameSite and HttpOnly are set
 * in application.yaml.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Scripts and styles from the portal only, never inline (templates declare behaviour
	 * with data attributes, {@code /js/portal.js} acts on them; TemplatesTest keeps it
	 * so). {@code data:} images are Bootstrap's own (select arrows, check marks in its
	 * CSS).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
		LoginOutcomes outcomes = new LoginOutcomes(throttle);
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/", "/login", "/register", "/error", "/webjars/**", "/css/**", "/js/**", "/vendor/**",
					"/actuator/health", "/actuator/health/**", "/verify/**")
			.permitAll()
			// Meeting posters: the public programme shows those of approved meetings; the
			// meeting module answers 404 for the others unless the caller may see them.
			.requestMatchers(HttpMethod.GET, "/meetings/*/poster/*")
			.permitAll()
			// Exhibitors' images and videos: the exhibit module answers 404 unless a live
			// revision shows them or the caller is their exhibitor or its inviter.
			.requestMatchers(HttpMethod.GET, "/exhibit-media/*")
			.permitAll()
			// The public programme of side meetings (approved meetings only, never a
			// secret).
			.requestMatchers("/programme", "/programme/**")
			.permitAll()
			// The public exhibitor directory: live booths only (the directory module
			// reads
			// nothing else). GET only, and only /exhibitors: /exhibitor/** is the unit's
			// own.
			.requestMatchers(HttpMethod.GET, "/exhibitors", "/exhibitors/**")
			.permitAll()
			// The room plan and the meeting calendar: the organiser's.
			.requestMatchers("/rooms", "/rooms/**", "/meetings/calendar", "/meetings/calendar/**")
			.hasRole(Role.ORGANISER.name())
			// Invitation codes and the exhibitors they brought: the inviting
			// organisation's reviewers (the exhibitor module checks the organisation's
			// kind).
			.requestMatchers("/invitations", "/invitations/**")
			.hasAnyRole(Role.ORGANISER.name(), Role.DELEGATION_REVIEWER.name(), Role.EXHIBITION_REVIEWER.name())
			// A unit's exhibitor registration and page.
			.requestMatchers("/exhibitor", "/exhibitor/register")
			.hasRole(Role.APPLICANT.name())
			// The exhibitor's products (the product module answers 404 for another
			// exhibitor's).
			.requestMatchers("/exhibitor/products", "/exhibitor/products/**", "/exhibitor/projects",
					"/exhibitor/projects/**")
			.hasRole(Role.APPLICANT.name())
			// Everything listed at the fair and the forced unlisting: the organiser's.
			.requestMatchers("/exhibits/listed", "/exhibits/listed/**")
			.hasRole(Role.ORGANISER.name())
			.requestMatchers("/tasks/**")
			.hasAnyRole(Role.SUB_DELEGATION_REVIEWER.name(), Role.DELEGATION_REVIEWER.name(), Role.ORGANISER.name(),
					Role.FINANCE.name(), Role.EXHIBITION_REVIEWER.name())
			// Finance's home, reconciliation and invoices: finance and the organiser.
			.requestMatchers("/finance", "/finance/**")
			.hasAnyRole(Role.FINANCE.name(), Role.ORGANISER.name())
			.requestMatchers("/console/**")
			.hasRole(Role.PROCESS_OWNER.name())
			.requestMatchers("/unit/**")
			.hasRole(Role.APPLICANT.name())
			// Invoice PDFs: the unit its own (checked per order), finance and the
			// organiser
			// any; every other billing page is the unit's.
			.requestMatchers("/billing/orders/*/invoice.pdf", "/billing/refunds/*/red-letter.pdf")
			.hasAnyRole(Role.APPLICANT.name(), Role.FINANCE.name(), Role.ORGANISER.name())
			.requestMatchers("/billing/**")
			.hasRole(Role.APPLICANT.name())
			.requestMatchers("/finance/invoices/**")
			.hasAnyRole(Role.FINANCE.name(), Role.ORGANISER.name())
			// Issue 13: administration and the audit log are the organiser's; statistics
			// and the unit list are every reviewing organisation's, scoped to its subtree
			// by the modules; a password reset link is opened by someone not signed in.
			.requestMatchers("/admin", "/admin/**")
			.hasRole(Role.ORGANISER.name())
			.requestMatchers("/statistics", "/statistics/**", "/units", "/units/**")
			.hasAnyRole(Role.SUB_DELEGATION_REVIEWER.name(), Role.DELEGATION_REVIEWER.name(), Role.ORGANISER.name())
			.requestMatchers("/password/reset/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.formLogin((form) -> form.loginPage("/login").successHandler(outcomes).failureHandler(outcomes).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.sameOrigin()));
		return http.build();
	}

}
