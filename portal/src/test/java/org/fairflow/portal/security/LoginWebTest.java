package org.fairflow.portal.security;

import java.util.Locale;

import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Signing in: a unit with its credit code (typed in either case, as at registration), a
 * reviewer with its user name.
 */
@PortalTest
@AutoConfigureMockMvc
class LoginWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aUnitSignsInWithItsCreditCodeInEitherCase() throws Exception {
		RegistrationForm form = Fixtures.form(UnitCategory.SOCIAL_ORGANISATION, this.fixtures.tree().sub());
		this.fixtures.register(form);
		String code = CreditCode.normalise(form.getCreditCode());

		assertSignedIn(code, Fixtures.PASSWORD);
		assertSignedIn(code.toLowerCase(Locale.ROOT), Fixtures.PASSWORD);
		assertSignedIn(" " + code + " ", Fixtures.PASSWORD);
	}

	@Test
	void aReviewerSignsInWithItsUserName() throws Exception {
		assertSignedIn(this.fixtures.tree().subReviewer(), Fixtures.PASSWORD);
	}

	@Test
	void aWrongPasswordOrUnknownUserIsRefused() throws Exception {
		Fixtures.Tree tree = this.fixtures.tree();

		assertRefused(tree.subReviewer(), "wrong-password");
		assertRefused("nobody-" + System.nanoTime(), Fixtures.PASSWORD);
		assertRefused(tree.subReviewer().toUpperCase(Locale.ROOT), "wrong-password");
	}

	private void assertSignedIn(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as(username).isEqualTo("/");
	}

	private void assertRefused(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as(username).isEqualTo("/login?error");
	}

}
