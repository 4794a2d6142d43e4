package org.fairflow.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Form login with throttling ({@link LoginLimits}), BCrypt, CSRF on (Spring Security's
 * default, kept).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
		LoginOutcomes outcomes = new LoginOutcomes(throttle);
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/", "/login", "/register", "/error", "/webjars/**", "/css/**", "/js/**",
					"/actuator/health", "/verify/**")
			.permitAll()
			.requestMatchers("/tasks/**")
			.hasAnyRole(Role.SUB_DELEGATION_REVIEWER.name(), Role.DELEGATION_REVIEWER.name(), Role.ORGANISER.name(),
					Role.FINANCE.name())
			.requestMatchers("/unit/**")
			.hasRole(Role.APPLICANT.name())
			.anyRequest()
			.authenticated())
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.formLogin((form) -> form.loginPage("/login").successHandler(outcomes).failureHandler(outcomes).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}

}
