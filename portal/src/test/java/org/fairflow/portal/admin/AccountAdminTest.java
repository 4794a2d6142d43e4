package org.fairflow.portal.admin;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Staff accounts: created without a password, which their person sets through a one-time
 * link; roles only with an organisation of the matching kind; disabled accounts neither
 * sign in nor keep their sessions.
 */
@PortalTest
@AutoConfigureMockMvc
class AccountAdminTest {

	static final String NEW_PASSWORD = "Lantern-river-42";

	@Autowired
	AccountAdmin admin;

	@Autowired
	Accounts accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	WebPages pages;

	Fixtures.Tree tree;

	PortalUser organiser;

	@BeforeEach
	void signInAsOrganiser() {
		this.pages = new WebPages(this.mvc);
		this.tree = this.fixtures.tree();
		this.organiser = this.fixtures.organiserReviewer(this.tree);
		actAsOrganiser();
	}

	/** Again after a request through MockMvc, which leaves the thread signed out. */
	private void actAsOrganiser() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this.organiser, null,
					this.organiser.getAuthorities()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aNewAccountSetsItsPasswordThroughTheLinkOnceAndTheTokenIsStoredHashed() throws Exception {
		AccountAdmin.Created created = this.admin
			.create(form(uniqueLogin(), Role.DELEGATION_REVIEWER, this.tree.delegation().getId()));
		String token = created.token();
		String login = created.account().username();
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		String stored = this.jdbc.queryForObject("select token_hash from password_reset_token where account_id = ?",
				String.class, created.account().id());
		assertThat(stored).isNotEqualTo(token).isEqualTo(sha256(token));
		assertThat(signIn(login, NEW_PASSWORD)).as("no password before the link is used").isFalse();

		// The form posts back to its own link with the page's CSRF token: without them
		// the
		// browser's post is refused as forged.
		assertThat(this.pages.page(get("/password/reset/{t}", token))).contains(login)
			.contains("action=\"/password/reset/" + token + "\"")
			.containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
		String weak = this.pages.page(post("/password/reset/{t}", token).param("password", "short")
			.param("passwordConfirm", "short")
			.with(csrf()));
		assertThat(weak).contains("id=\"reset-problem\"");
		String done = this.pages.page(post("/password/reset/{t}", token).param("password", NEW_PASSWORD)
			.param("passwordConfirm", NEW_PASSWORD)
			.with(csrf()));
		assertThat(done).contains("id=\"reset-done\"");
		assertThat(signIn(login, NEW_PASSWORD)).isTrue();

		MvcResult again = this.pages.perform(get("/password/reset/{t}", token));
		assertThat(again.getResponse().getStatus()).isEqualTo(404);
		assertThat(again.getResponse().getContentAsString()).contains("id=\"reset-invalid\"");
		assertThat(this.pages
			.perform(post("/password/reset/{t}", token).param("password", "Another-pass-77")
				.param("passwordConfirm", "Another-pass-77")
				.with(csrf()))
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(signIn(login, NEW_PASSWORD)).as("the used link changed nothing").isTrue();
	}

	@Test
	void anExpiredOrUnknownLinkIsRefusedWithAClearPage() throws Exception {
		String login = uniqueLogin();
		this.accounts.create(login, Fixtures.PASSWORD, Role.FINANCE, "财务", this.tree.organiser().getId(), null);
		Long id = this.fixtures.user(login).id();
		String token = this.admin.reset(id);
		this.jdbc.update("update password_reset_token set expires_at = expires_at - interval '25 hours'"
				+ " where account_id = ?", id);

		MvcResult expired = this.pages.perform(get("/password/reset/{t}", token));
		assertThat(expired.getResponse().getStatus()).isEqualTo(404);
		assertThat(expired.getResponse().getContentAsString()).contains("id=\"reset-invalid\"");
		assertThat(this.pages.perform(get("/password/reset/{t}", "not-a-token")).getResponse().getStatus())
			.isEqualTo(404);
		this.pages.perform(post("/password/reset/{t}", token).param("password", NEW_PASSWORD)
			.param("passwordConfirm", NEW_PASSWORD)
			.with(csrf()));
		assertThat(signIn(login, NEW_PASSWORD)).isFalse();
		assertThat(signIn(login, Fixtures.PASSWORD)).isTrue();
	}

	@Test
	void aRoleGoesOnlyWithAnOrganisationOfItsKind() {
		AccountAdmin.Created created = this.admin
			.create(form(uniqueLogin(), Role.SUB_DELEGATION_REVIEWER, this.tree.sub().getId()));
		Long id = created.account().id();
		assertThatThrownBy(() -> this.admin.assign(id, Role.DELEGATION_REVIEWER, this.tree.sub().getId()))
			.isInstanceOf(AdminException.class)
			.hasMessage("admin.account.organisation.mismatch");
		assertThatThrownBy(() -> this.admin.assign(id, Role.APPLICANT, null)).isInstanceOf(AdminException.class);
		assertThatThrownBy(
				() -> this.admin.create(form(uniqueLogin(), Role.EXHIBITION_REVIEWER, this.tree.delegation().getId())))
			.isInstanceOf(AdminException.class);

		this.admin.assign(id, Role.DELEGATION_REVIEWER, this.tree.delegation().getId());
		assertThat(this.admin.get(id).role()).isEqualTo(Role.DELEGATION_REVIEWER);
		assertThat(this.admin.get(id).organisationId()).isEqualTo(this.tree.delegation().getId());
	}

	@Test
	void aDisabledAccountCannotSignInAndItsSessionEnds() throws Exception {
		Long id = this.fixtures.user(this.tree.delegationReviewer()).id();
		// The requests below act for the session's person, not the organiser of this
		// thread.
		signOut();
		MvcResult signedIn = this.mvc
			.perform(formLogin("/login").user(this.tree.delegationReviewer()).password(Fixtures.PASSWORD))
			.andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		assertThat(this.pages.status(get("/tasks").session(session))).isEqualTo(200);

		actAsOrganiser();
		this.admin.disable(id);
		signOut();

		MvcResult next = this.pages.perform(get("/tasks").session(session));
		assertThat(next.getResponse().getRedirectedUrl()).endsWith("/login?expired");
		assertThat(signIn(this.tree.delegationReviewer(), Fixtures.PASSWORD)).isFalse();

		actAsOrganiser();
		this.admin.enable(id);
		signOut();
		assertThat(signIn(this.tree.delegationReviewer(), Fixtures.PASSWORD)).isTrue();
	}

	@Test
	void theOrganiserCannotDisableHimself() {
		assertThatThrownBy(() -> this.admin.disable(this.organiser.id())).isInstanceOf(AdminException.class)
			.hasMessage("admin.account.self");
		assertThatThrownBy(() -> this.admin.assign(this.organiser.id(), Role.FINANCE, this.tree.organiser().getId()))
			.isInstanceOf(AdminException.class)
			.hasMessage("admin.account.self");
		assertThat(this.admin.get(this.organiser.id()).enabled()).isTrue();
	}

	private boolean signIn(String login, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(login).password(password)).andReturn();
		return signedIn(result);
	}

	private static boolean signedIn(MvcResult result) {
		String target = result.getResponse().getRedirectedUrl();
		return target != null && !target.contains("/login");
	}

	static String uniqueLogin() {
		return "acc" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	static AccountForm form(String login, Role role, Long orgId) {
		AccountForm form = new AccountForm();
		form.setUsername(login);
		form.setDisplayName("审核员 " + login);
		form.setRole(role);
		form.setOrganisationId(orgId);
		return form;
	}

	static String sha256(String token) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
	}

}
