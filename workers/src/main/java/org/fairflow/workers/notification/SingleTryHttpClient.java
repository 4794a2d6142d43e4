package org.fairflow.workers.notification;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.http.client.config.RequestConfig;

/**
 * The HTTP client of the Twilio gateway: one try per call, each phase with a timeout.
 *
 * <p>
 * Why: an attempt whose outcome is unknown is reconciled only after the longest call it
 * could still be making has surely ended ({@code fairflow.notification.in-flight-limit},
 * one minute by default). The SDK's own client retries a call on any 5xx answer, up to
 * three times, each with 10 s to connect and 30.5 s per read, so that a call could last
 * two minutes. Here one call lasts at most {@link #LONGEST_CALL_SECONDS} seconds; a
 * failed call fails the job, whose retry is recorded and shown like any other.
 */
final class SingleTryHttpClient extends HttpClient {

	static final int CONNECT_MILLIS = 5_000;

	static final int POOL_WAIT_MILLIS = 5_000;

	static final int READ_MILLIS = 20_000;

	/** Pool wait, connect and read: how long one call can take at the most. */
	static final int LONGEST_CALL_SECONDS = (POOL_WAIT_MILLIS + CONNECT_MILLIS + READ_MILLIS) / 1000;

	private final HttpClient delegate;

	private SingleTryHttpClient(HttpClient delegate) {
		this.delegate = delegate;
	}

	/** Twilio itself, or the base URL of the settings (an egress proxy, a test stub). */
	static SingleTryHttpClient forSettings(TwilioSettings settings) {
		HttpClient http = new NetworkHttpClient(RequestConfig.custom()
			.setConnectionRequestTimeout(POOL_WAIT_MILLIS)
			.setConnectTimeout(CONNECT_MILLIS)
			.setSocketTimeout(READ_MILLIS)
			.build());
		if (settings.customBaseUrl()) {
			http = new RedirectingHttpClient(settings.baseUrl(), http);
		}
		return new SingleTryHttpClient(http);
	}

	@Override
	public Response reliableRequest(Request request) {
		return makeRequest(request);
	}

	@Override
	public Response makeRequest(Request request) {
		return this.delegate.makeRequest(request);
	}

}
