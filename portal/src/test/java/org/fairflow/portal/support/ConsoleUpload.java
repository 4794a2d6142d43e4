package org.fairflow.portal.support;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A process owner publishing a model file the way the console offers it: upload, the
 * preview's checks (no error; warnings confirmed), publish with a change note.
 */
public final class ConsoleUpload {

	private final MockMvc mvc;

	private final PortalUser owner;

	private ConsoleUpload(MockMvc mvc, PortalUser owner) {
		this.mvc = mvc;
		this.owner = owner;
	}

	/** A process owner of its own on a portal started by the test. */
	public static ConsoleUpload on(ConfigurableApplicationContext context) {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
			.apply(springSecurity())
			.build();
		String name = "owner" + System.nanoTime() % 1_000_000;
		context.getBean(Accounts.class).create(name, "owner-password-1234", Role.PROCESS_OWNER, "流程负责人", null, null);
		return new ConsoleUpload(mvc, Fixtures.of(context).user(name));
	}

	/** Uploads and publishes; fails when the console refuses the file. */
	public void publish(String fileName, byte[] content, String changeNote) {
		try {
			MvcResult uploaded = this.mvc
				.perform(multipart("/console/models").file(new MockMultipartFile("model", fileName, null, content))
					.with(user(this.owner))
					.with(csrf()))
				.andReturn();
			String draft = uploaded.getResponse().getRedirectedUrl();
			assertThat(draft).as("the console's preview of %s", fileName).startsWith("/console/drafts/");
			MvcResult published = this.mvc
				.perform(post(draft + "/publish").param("changeNote", changeNote)
					.param("confirmWarnings", "true")
					.with(user(this.owner))
					.with(csrf()))
				.andReturn();
			assertThat(published.getResponse().getRedirectedUrl()).as("published %s", fileName).isEqualTo("/console");
			assertThat(published.getFlashMap().containsKey("published")).as("published %s", fileName).isTrue();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
