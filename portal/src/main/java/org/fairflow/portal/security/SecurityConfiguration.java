package org.fairflow.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Form login, BCrypt, CSRF on (Spring Security's default, kept). */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/", "/login", "/register", "/error", "/webjars/**", "/css/**", "/js/**",
					"/actuator/health", "/actuator/health/**", "/verify/**")
			.permitAll()
			.requestMatchers("/tasks/**")
			.hasAnyRole(Role.SUB_DELEGATION_REVIEWER.name(), Role.DELEGATION_REVIEWER.name(), Role.ORGANISER.name(),
					Role.FINANCE.name())
			.requestMatchers("/unit/**")
			.hasRole(Role.APPLICANT.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}

}
