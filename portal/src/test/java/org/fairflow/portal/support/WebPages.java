package org.fairflow.portal.support;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests against the portal's pages, with the check every web test makes: whatever the
 * input, never a server error.
 */
public final class WebPages {

	private final MockMvc mvc;

	private final Class<?>[] expectedExceptions;

	/**
	 * @param expectedExceptions when given, the only exceptions a request may end in (the
	 * pages' own "not found" and "forbidden"); none given: not checked
	 */
	public WebPages(MockMvc mvc, Class<?>... expectedExceptions) {
		this.mvc = mvc;
		this.expectedExceptions = expectedExceptions;
	}

	/**
	 * Pages of a portal started by hand (restart tests), with its security filters.
	 */
	public static WebPages of(org.springframework.context.ApplicationContext context) {
		return new WebPages(org.springframework.test.web.servlet.setup.MockMvcBuilders
			.webAppContextSetup((org.springframework.web.context.WebApplicationContext) context)
			.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
			.build());
	}

	public MvcResult perform(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as("never a server error").isLessThan(500);
		if (this.expectedExceptions.length > 0) {
			assertThat(result.getResolvedException()).as("no unexpected exception")
				.satisfiesAnyOf((ex) -> assertThat(ex).isNull(),
						(ex) -> assertThat(ex).isInstanceOfAny(this.expectedExceptions));
		}
		return result;
	}

	/** A page that must answer 200; its HTML. */
	public String page(RequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	public int status(RequestBuilder request) throws Exception {
		return perform(request).getResponse().getStatus();
	}

}
