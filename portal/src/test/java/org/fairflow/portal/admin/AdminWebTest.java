package org.fairflow.portal.admin;

import java.util.List;

import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The administration pages: the organiser's only, every change confirmed where it is wide
 * or destructive, bad input answered with a message and nothing stored, and every change
 * in the audit log.
 */
@PortalTest
@AutoConfigureMockMvc
class AdminWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	WebPages pages;

	Fixtures.Tree tree;

	PortalUser organiser;

	@BeforeEach
	void tree() {
		this.pages = new WebPages(this.mvc);
		this.tree = this.fixtures.tree();
		this.organiser = this.fixtures.organiserReviewer(this.tree);
	}

	@Test
	void everyAdminPageAndChangeIsForbiddenToOthers() throws Exception {
		long sub = this.tree.sub().getId();
		long account = this.fixtures.user(this.tree.subReviewer()).id();
		List<MockHttpServletRequestBuilder> requests = List.of(get("/admin/organisations"),
				get("/admin/organisations/{id}", sub), get("/admin/accounts"), get("/admin/accounts/new"),
				get("/admin/accounts/{id}", account), get("/admin/settings"),
				get("/admin/accounts/export").param("format", "csv"), post("/admin/organisations").param("code", "X"),
				post("/admin/organisations/{id}/rename", sub), post("/admin/organisations/{id}/move", sub),
				post("/admin/organisations/{id}/deactivate", sub),
				post("/admin/organisations/{id}/deactivate", sub).param("confirm", "true"),
				post("/admin/organisations/{id}/reactivate", sub), post("/admin/accounts"),
				post("/admin/accounts/{id}/assign", account), post("/admin/accounts/{id}/disable", account),
				post("/admin/accounts/{id}/enable", account),
				post("/admin/accounts/{id}/reset", account).param("confirm", "true"));
		for (String who : List.of(this.tree.delegationReviewer(), this.tree.subReviewer())) {
			for (MockHttpServletRequestBuilder request : requests) {
				assertThat(this.pages.status(request.with(user(this.fixtures.user(who))).with(csrf())))
					.as("%s", request)
					.isEqualTo(403);
			}
		}
		assertThat(this.organisations.find(sub).orElseThrow().isActive()).isTrue();
	}

	@Test
	void theAccountListExportsWithItsFiltersAndNoSecret() throws Exception {
		long sub = this.tree.sub().getId();
		MvcResult csv = this.pages.perform(get("/admin/accounts/export").param("format", "csv")
			.param("org", String.valueOf(sub))
			.with(user(this.organiser)));
		String text = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(text).startsWith("\uFEFF").contains(this.tree.subReviewer()).doesNotContain("$2a$");
		assertThat(text.lines().count()).as("header and the sub-delegation's accounts")
			.isEqualTo(1 + this.jdbc.queryForObject(
					"select count(*) from user_account where organisation_id = ? and role <> 'APPLICANT'", Long.class,
					sub));
		assertThat(this.jdbc.queryForList(
				"select action from audit_entry where category = 'EXPORT' and subject = 'accounts' and actor = ?",
				String.class, this.organiser.getUsername()))
			.contains("export.csv");
	}

	@Test
	void deactivatingShowsItsEffectsFirstAndIsAuditedOnceConfirmed() throws Exception {
		long sub = this.tree.sub().getId();
		String confirm = this.pages
			.page(post("/admin/organisations/{id}/deactivate", sub).with(user(this.organiser)).with(csrf()));
		assertThat(confirm).contains("id=\"org-confirm\"", this.tree.delegation().getNameZh(), "name=\"confirm\"");
		assertThat(this.organisations.find(sub).orElseThrow().isActive()).isTrue();

		MvcResult done = this.pages.perform(post("/admin/organisations/{id}/deactivate", sub).param("confirm", "true")
			.with(user(this.organiser))
			.with(csrf()));
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/admin/organisations/" + sub);
		assertThat(this.organisations.find(sub).orElseThrow().isActive()).isFalse();
		assertThat(this.pages.page(get("/admin/organisations").with(user(this.organiser))))
			.contains("data-org-id=\"" + sub + "\" data-active=\"false\"");

		this.pages.perform(post("/admin/organisations/{id}/reactivate", sub).with(user(this.organiser)).with(csrf()));
		this.pages.perform(post("/admin/organisations/{id}/rename", sub).param("nameZh", "改名分团")
			.param("nameEn", "Renamed")
			.with(user(this.organiser))
			.with(csrf()));
		String move = this.pages.page(
				post("/admin/organisations/{id}/move", sub).param("parentId", String.valueOf(this.tree.other().getId()))
					.with(user(this.organiser))
					.with(csrf()));
		assertThat(move).contains("id=\"org-confirm\"", this.tree.other().getNameZh());
		this.pages.perform(
				post("/admin/organisations/{id}/move", sub).param("parentId", String.valueOf(this.tree.other().getId()))
					.param("confirm", "true")
					.with(user(this.organiser))
					.with(csrf()));

		assertThat(auditActions("organisation:" + sub)).containsExactly("org.deactivated", "org.reactivated",
				"org.renamed", "org.moved");
		assertThat(this.jdbc.queryForList("select actor from audit_entry where subject = ?", String.class,
				"organisation:" + sub))
			.containsOnly(this.organiser.getUsername());
	}

	@Test
	void badInputGetsMessagesAndStoresNothing() throws Exception {
		String code = "BAD-" + this.tree.sub().getId();
		String blank = this.pages.page(post("/admin/organisations").param("code", code)
			.param("nameZh", " ")
			.param("nameEn", "")
			.param("kind", "NO_SUCH_KIND")
			.param("parentId", "abc")
			.with(user(this.organiser))
			.with(csrf()));
		assertThat(blank).contains("请填写中文名称", "请填写英文名称");
		assertThat(this.organisations.codeTaken(code)).isFalse();

		String misplaced = this.pages.page(post("/admin/organisations").param("code", code)
			.param("nameZh", "错位分团")
			.param("nameEn", "Misplaced")
			.param("kind", "SUB_DELEGATION")
			.param("parentId", String.valueOf(this.tree.organiser().getId()))
			.with(user(this.organiser))
			.with(csrf()));
		assertThat(misplaced).contains("id=\"flash-error\"");
		assertThat(this.organisations.codeTaken(code)).isFalse();

		String refused = this.pages.page(
				post("/admin/organisations/{id}/deactivate", this.tree.delegation().getId()).with(user(this.organiser))
					.with(csrf()));
		assertThat(refused).contains("id=\"flash-error\"");
		assertThat(this.organisations.find(this.tree.delegation().getId()).orElseThrow().isActive()).isTrue();

		String login = "Bad Login!";
		String account = this.pages.page(post("/admin/accounts").param("username", login)
			.param("displayName", "x")
			.param("role", "DELEGATION_REVIEWER")
			.with(user(this.organiser))
			.with(csrf()));
		assertThat(account).contains("登录名须为");
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class, login))
			.isZero();
		long id = this.fixtures.user(this.tree.subReviewer()).id();
		String assign = this.pages.page(post("/admin/accounts/{id}/assign", id).param("role", "GARBAGE")
			.param("organisationId", "x")
			.with(user(this.organiser))
			.with(csrf()));
		assertThat(assign).contains("id=\"flash-error\"");
		assertThat(this.pages.status(get("/admin/organisations/{id}", 999_999_999L).with(user(this.organiser))))
			.isEqualTo(404);
		assertThat(this.pages.status(get("/admin/accounts").param("page", "x")
			.param("role", "nope")
			.param("org", "?")
			.with(user(this.organiser)))).isEqualTo(200);
	}

	@Test
	void accountChangesAreConfirmedAndAuditedWithoutTheLink() throws Exception {
		String login = AccountAdminTest.uniqueLogin();
		String created = this.pages.page(post("/admin/accounts").param("username", login)
			.param("displayName", "新审核员")
			.param("role", "DELEGATION_REVIEWER")
			.param("organisationId", String.valueOf(this.tree.delegation().getId()))
			.with(user(this.organiser))
			.with(csrf()));
		assertThat(created).contains("id=\"reset-link\"", "/password/reset/");
		long id = this.fixtures.user(login).id();

		String confirm = this.pages
			.page(post("/admin/accounts/{id}/disable", id).with(user(this.organiser)).with(csrf()));
		assertThat(confirm).contains("id=\"account-confirm\"");
		assertThat(this.fixtures.user(login).isEnabled()).isTrue();
		this.pages.perform(post("/admin/accounts/{id}/disable", id).param("confirm", "true")
			.with(user(this.organiser))
			.with(csrf()));
		assertThat(this.fixtures.user(login).isEnabled()).isFalse();
		this.pages.perform(post("/admin/accounts/{id}/enable", id).with(user(this.organiser)).with(csrf()));
		assertThat(this.pages.page(post("/admin/accounts/{id}/reset", id).with(user(this.organiser)).with(csrf())))
			.contains("id=\"account-confirm\"")
			.doesNotContain("/password/reset/");
		String link = this.pages.page(post("/admin/accounts/{id}/reset", id).param("confirm", "true")
			.with(user(this.organiser))
			.with(csrf()));
		assertThat(link).contains("id=\"reset-link\"");
		this.pages.perform(post("/admin/accounts/{id}/assign", id).param("role", "SUB_DELEGATION_REVIEWER")
			.param("organisationId", String.valueOf(this.tree.sub().getId()))
			.with(user(this.organiser))
			.with(csrf()));

		assertThat(auditActions("account:" + id)).containsExactly("account.created", "account.disabled",
				"account.enabled", "account.resetLinkIssued", "account.assigned");
		assertThat(this.jdbc.queryForList("select detail from audit_entry where subject = ?", String.class,
				"account:" + id))
			.noneMatch((detail) -> detail.contains("/password/reset/"));
	}

	@Test
	void theAccountListFiltersByRoleOrganisationAndState() throws Exception {
		String page = this.pages.page(get("/admin/accounts").param("org", String.valueOf(this.tree.sub().getId()))
			.param("role", "SUB_DELEGATION_REVIEWER")
			.param("enabled", "true")
			.with(user(this.organiser)));
		assertThat(page).contains(this.tree.subReviewer()).doesNotContain(this.tree.delegationReviewer());
		String none = this.pages.page(get("/admin/accounts").param("org", String.valueOf(this.tree.sub().getId()))
			.param("enabled", "false")
			.with(user(this.organiser)));
		assertThat(none).contains("id=\"account-empty\"");
	}

	private List<String> auditActions(String subject) {
		return this.jdbc.queryForList(
				"select action from audit_entry where category = 'ADMINISTRATION' and subject = ? order by id",
				String.class, subject);
	}

}
