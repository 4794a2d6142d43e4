package org.fairflow.portal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fairflow.portal.payment.Payments;
import org.fairflow.workers.invoice.InvoiceRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The invoice states what was paid: one line per paid person, exact to the fen, adding up
 * to the order's total; amounts reach the process as strings with their 2 places.
 */
class InvoiceLinesTest {

	@Test
	void onePaidLinePerPersonAddingUpExactlyToTheOrdersTotal() {
		Payments.OrderView order = order("400.80", line("张三", "120.1", "PAID"), line("李四", "80.50", "PAID"),
				line("王五", "200.2", "REFUNDABLE"), line("赵六", "99.00", "WITHDRAWN"));

		List<InvoiceRequest.Line> lines = InvoiceLines.of(order);

		assertThat(lines).extracting(InvoiceRequest.Line::amount)
			.containsExactly(new BigDecimal("120.10"), new BigDecimal("80.50"), new BigDecimal("200.20"));
		assertThat(lines).allSatisfy((l) -> assertThat(l.amount().scale()).isEqualTo(2));
		assertThat(lines.get(0).description()).contains("张三");
		assertThat(InvoiceLines.sum(lines)).isEqualTo(new BigDecimal("400.80"));
		assertThat(InvoiceLines.sum(lines)).isEqualTo(InvoiceLines.money(order.total()));
	}

	@Test
	void aFeeFinerThanAFenIsRefusedRatherThanRounded() {
		assertThatThrownBy(() -> InvoiceLines.money(new BigDecimal("10.005"))).isInstanceOf(ArithmeticException.class);
	}

	@Test
	void theRequestTravelsAsAMapWithAmountsAsStringsAndReadsBackTheSame() {
		InvoiceRequest request = new InvoiceRequest(InvoiceRequest.Kind.ORDINARY, InvoiceRequest.BuyerKind.UNIT,
				"上海展览有限公司", null, null, null, null, null, null,
				List.of(new InvoiceRequest.Line("证件费 Badge fee", new BigDecimal("360.00"), new BigDecimal("0.06"))),
				null);

		Map<String, Object> map = InvoiceRequests.asVariable(request);

		assertThat(map).containsEntry("kind", "ORDINARY").containsEntry("title", "上海展览有限公司").doesNotContainKey("valid");
		@SuppressWarnings("unchecked")
		Map<String, Object> line = ((List<Map<String, Object>>) map.get("lines")).get(0);
		assertThat(line).containsEntry("amount", "360.00").containsEntry("taxRate", "0.06");
		InvoiceRequest back = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(map, InvoiceRequest.class);
		assertThat(back).isEqualTo(request);
	}

	@Test
	void problemsGoToTheirFields() {
		Map<String, List<String>> fields = InvoiceRequests.byField(List.of("invoice.taxNumber.length",
				"invoice.special.unitOnly", "invoice.lines.required", "invoice.bankAccount.invalid"));

		assertThat(fields).containsEntry("taxNumber", List.of("invoice.taxNumber.length"))
			.containsEntry("kind", List.of("invoice.special.unitOnly"))
			.containsEntry("global", List.of("invoice.lines.required"))
			.containsEntry("bankAccount", List.of("invoice.bankAccount.invalid"));
	}

	private static Payments.OrderView order(String total, Payments.OrderLine... lines) {
		return new Payments.OrderView(7L, 1L, "PAID", new BigDecimal(total), Instant.now(), Instant.now(), "ONLINE",
				"s", List.of(lines));
	}

	private static Payments.OrderLine line(String name, String fee, String status) {
		return new Payments.OrderLine(1L, "c", 2L, name, new BigDecimal(fee), status);
	}

}
