package org.fairflow.workers.invoice;

import java.util.List;

/**
 * The request breaks the rules of {@link InvoiceRequest#problems()}: nothing was issued.
 */
public class InvalidInvoiceRequest extends RuntimeException {

	private final List<String> problems;

	InvalidInvoiceRequest(List<String> problems) {
		super("Invalid invoice request: " + String.join(", ", problems));
		this.problems = List.copyOf(problems);
	}

	/** Message keys of {@code messages/invoice}. */
	public List<String> problems() {
		return this.problems;
	}

}
