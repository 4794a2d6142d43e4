package org.fairflow.workers.payment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chooses the payment gateway. Only the simulation exists so far; a real provider will be
 * another value of {@code fairflow.payment.provider}.
 */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

	@Bean
	@ConditionalOnProperty(name = "fairflow.payment.provider", havingValue = "simulated", matchIfMissing = true)
	SimulatedPaymentGateway simulatedPaymentGateway(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			ObjectProvider<PaymentListener> listeners) {
		return new SimulatedPaymentGateway(jdbc, new TransactionTemplate(transactions), listeners);
	}

}
