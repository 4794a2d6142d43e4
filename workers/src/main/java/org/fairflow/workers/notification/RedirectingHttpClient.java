package org.fairflow.workers.notification;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * Sends the Twilio SDK's requests to another base URL (an egress proxy, a test stub)
 * instead of {@code https://api.twilio.com}, keeping path, query, form, headers and
 * authentication. The SDK has no setting for this: it builds each URL from a Twilio host
 * name.
 */
class RedirectingHttpClient extends HttpClient {

	private final URI base;

	private final HttpClient delegate;

	RedirectingHttpClient(String baseUrl, HttpClient delegate) {
		this.base = URI.create(baseUrl.replaceAll("/+$", ""));
		if (this.base.getScheme() == null || this.base.getRawAuthority() == null) {
			throw new IllegalArgumentException(TwilioSettings.PREFIX + ".base-url must be an absolute URL");
		}
		this.delegate = delegate;
	}

	@Override
	public Response makeRequest(Request request) {
		return this.delegate.makeRequest(new RedirectedRequest(request, redirect(request.constructURL())));
	}

	/**
	 * Replaces scheme, host and port; a path in the base URL is put in front of the API
	 * path.
	 */
	URL redirect(URL original) {
		String path = (this.base.getRawPath() != null) ? this.base.getRawPath() : "";
		try {
			return new URI(this.base.getScheme() + "://" + this.base.getRawAuthority() + path + original.getFile())
				.toURL();
		}
		catch (URISyntaxException | MalformedURLException ex) {
			throw new ApiException("Cannot redirect " + original.getPath() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A copy of the SDK's request whose URL is fixed rather than derived from a Twilio
	 * host.
	 */
	private static final class RedirectedRequest extends Request {

		private final URL target;

		RedirectedRequest(Request original, URL target) {
			super(original.getMethod(), target.toString());
			this.target = target;
			if (original.getAuthStrategy() != null) {
				setAuth(original.getAuthStrategy());
			}
			else if (original.getUsername() != null) {
				setAuth(original.getUsername(), original.getPassword());
			}
			// Query parameters are already part of the target URL.
			original.getPostParams().forEach((name, values) -> values.forEach((value) -> addPostParam(name, value)));
			original.getHeaderParams()
				.forEach((name, values) -> values.forEach((value) -> addHeaderParam(name, value)));
			setContentType(original.getContentType());
			setBody(original.getBody());
			setUserAgentExtensions(original.getUserAgentExtensions());
		}

		@Override
		public URL constructURL() {
			return this.target;
		}

	}

}
