package org.fairflow.workers.invoice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chooses the e-invoicing platform. Only the simulation exists so far; a real platform
 * (or a service provider's API) will be another value of
 * {@code fairflow.invoice.provider}. {@code fairflow.invoice.font} names a CJK TrueType
 * font file for the simulation's PDFs when none of the usual ones is installed.
 */
@Configuration(proxyBeanMethods = false)
class InvoiceConfiguration {

	@Bean
	@ConditionalOnProperty(name = "fairflow.invoice.provider", havingValue = "simulated", matchIfMissing = true)
	SimulatedTaxPlatform simulatedTaxPlatform(JdbcTemplate jdbc, @Value("${fairflow.invoice.font:}") String font,
			ObjectProvider<Clock> clock, PlatformTransactionManager transactions,
			ObjectProvider<RedLetterListener> listeners) {
		List<String> fonts = new ArrayList<>();
		if (!font.isBlank()) {
			fonts.add(font);
		}
		fonts.addAll(InvoicePdf.DEFAULT_FONTS);
		// Without a listener (the workers' own tests) a confirmation is only logged.
		return new SimulatedTaxPlatform(jdbc, new InvoicePdf(fonts), clock.getIfAvailable(Clock::systemUTC),
				new TransactionTemplate(transactions), () -> listeners.orderedStream().toList());
	}

	@Bean
	Invoices invoices(JdbcTemplate jdbc, EInvoicingPlatform platform, PlatformTransactionManager transactions,
			ObjectProvider<Clock> clock) {
		return new Invoices(jdbc, platform, new TransactionTemplate(transactions),
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	RedLetters redLetters(JdbcTemplate jdbc, EInvoicingPlatform platform, PlatformTransactionManager transactions,
			ObjectProvider<Clock> clock) {
		return new RedLetters(jdbc, platform, new TransactionTemplate(transactions),
				clock.getIfAvailable(Clock::systemUTC));
	}

}
