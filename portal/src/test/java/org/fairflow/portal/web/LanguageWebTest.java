package org.fairflow.portal.web;

import jakarta.servlet.http.Cookie;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Chinese by default; {@code ?lang=en} switches to English and is remembered. */
@PortalTest
@AutoConfigureMockMvc
class LanguageWebTest {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesAreChineseByDefault() throws Exception {
		String html = perform(get("/register").header("Accept-Language", "en")).getResponse().getContentAsString();

		assertThat(html).contains("lang=\"zh\"").contains("单位注册").doesNotContain("Register your unit");
	}

	@Test
	void langEnRendersEnglishAndIsRemembered() throws Exception {
		MvcResult english = perform(get("/register").param("lang", "en"));

		assertThat(english.getResponse().getContentAsString()).contains("lang=\"en\"")
			.contains("Register your unit")
			.doesNotContain("单位注册");
		Cookie remembered = english.getResponse().getCookie("fairflow-lang");
		assertThat(remembered).isNotNull();

		String login = perform(get("/login").cookie(remembered)).getResponse().getContentAsString();
		assertThat(login).contains("lang=\"en\"").contains("Log in");
	}

	@Test
	void langZhSwitchesBack() throws Exception {
		String html = perform(get("/login").param("lang", "zh_CN").cookie(new Cookie("fairflow-lang", "en")))
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("lang=\"zh\"").contains("登录");
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result;
	}

}
