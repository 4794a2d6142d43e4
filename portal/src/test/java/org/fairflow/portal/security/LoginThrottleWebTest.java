package org.fairflow.portal.security;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.MovableClock;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Login throttling: too many failures lock a login name or a client address for a while,
 * even for the right password; the login page says so. Each test signs in from an address
 * of its own, so that the counts of other tests never meet.
 */
@PortalTest
@AutoConfigureMockMvc
class LoginThrottleWebTest {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	LoginLimits limits;

	@Autowired
	MessageSource messages;

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	@Test
	void fiveWrongPasswordsLockTheNameEvenForTheRightPasswordAndThePageSaysSo() throws Exception {
		String user = this.fixtures.tree().subReviewer();
		String address = newAddress();

		failTimes(this.limits.maxFailuresPerAccount(), user, address);

		assertThat(signIn(user, Fixtures.PASSWORD, address)).isEqualTo("/login?locked");
		assertThat(signIn(user.toUpperCase(Locale.ROOT), Fixtures.PASSWORD, newAddress())).as("from anywhere")
			.isEqualTo("/login?locked");
		assertThat(page("zh-CN")).contains(text("login.locked", Locale.SIMPLIFIED_CHINESE)).contains("15 分钟");
		assertThat(page("en")).contains(text("login.locked", Locale.ENGLISH)).contains("15 minutes");
	}

	@Test
	void whenTheLockIsOverTheRightPasswordWorksAgain() throws Exception {
		String user = this.fixtures.tree().subReviewer();
		String address = newAddress();
		failTimes(this.limits.maxFailuresPerAccount(), user, address);
		assertThat(signIn(user, Fixtures.PASSWORD, address)).isEqualTo("/login?locked");

		this.clock.moveBy(this.limits.lockDuration().minusSeconds(1));
		assertThat(signIn(user, Fixtures.PASSWORD, address)).isEqualTo("/login?locked");

		this.clock.moveBy(Duration.ofSeconds(1));
		assertThat(signIn(user, Fixtures.PASSWORD, address)).isEqualTo("/");
	}

	@Test
	void aSuccessfulSignInForgivesTheNamesFailures() throws Exception {
		String user = this.fixtures.tree().subReviewer();
		String address = newAddress();
		int belowTheLimit = this.limits.maxFailuresPerAccount() - 1;

		failTimes(belowTheLimit, user, address);
		assertThat(signIn(user, Fixtures.PASSWORD, address)).isEqualTo("/");
		failTimes(belowTheLimit, user, address);

		assertThat(signIn(user, Fixtures.PASSWORD, address)).isEqualTo("/");
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() throws Exception {
		String user = this.fixtures.tree().subReviewer();
		String address = newAddress();
		int belowTheLimit = this.limits.maxFailuresPerAccount() - 1;

		failTimes(belowTheLimit, user, address);
		this.clock.moveBy(this.limits.window());
		failTimes(belowTheLimit, user, address);

		assertThat(signIn(user, Fixtures.PASSWORD, address)).isEqualTo("/");
	}

	@Test
	void manyFailuresFromOneAddressWithDifferentNamesLockTheAddress() throws Exception {
		String user = this.fixtures.tree().subReviewer();
		String address = newAddress();
		for (int i = 0; i < this.limits.maxFailuresPerAddress(); i++) {
			assertThat(signIn("guess-" + i + "-" + System.nanoTime(), "password" + i, address))
				.isEqualTo("/login?error");
		}

		assertThat(signIn(user, Fixtures.PASSWORD, address)).isEqualTo("/login?locked");
		assertThat(signIn(user, Fixtures.PASSWORD, newAddress())).as("the name itself is not locked").isEqualTo("/");
	}

	private void failTimes(int times, String user, String address) throws Exception {
		for (int i = 0; i < times; i++) {
			assertThat(signIn(user, "wrong-password-" + i, address)).isEqualTo("/login?error");
		}
	}

	private String signIn(String user, String password, String address) throws Exception {
		return this.mvc
			.perform(post("/login").param("username", user).param("password", password).with(csrf()).with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String page(String language) throws Exception {
		return this.mvc.perform(get("/login").param("locked", "").param("lang", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String text(String key, Locale locale) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, new Object[] { 15 }, locale));
	}

	/** An address from the documentation range, new for each use. */
	private static String newAddress() {
		int n = ADDRESSES.incrementAndGet() + (int) (System.nanoTime() % 10_000) * 100;
		return "198.51." + (n / 250 % 250) + "." + (n % 250 + 1);
	}

}
