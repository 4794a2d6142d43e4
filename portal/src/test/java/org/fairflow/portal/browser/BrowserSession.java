package org.fairflow.portal.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One browser per test, on the port of the test's portal; the test is skipped where the
 * browser is not installed. Register it with {@code @RegisterExtension}.
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

	private Browser browser;

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		Browser.assumeInstalled();
		Integer port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getProperty("local.server.port", Integer.class);
		this.browser = Browser.start(port);
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		if (this.browser != null) {
			this.browser.close();
			this.browser = null;
		}
	}

	public Browser browser() {
		return this.browser;
	}

}
