package org.fairflow.workers.invoice;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fairflow.workers.invoice.InvoiceRequest.BuyerKind;
import org.fairflow.workers.invoice.InvoiceRequest.Kind;
import org.fairflow.workers.invoice.InvoiceRequest.Line;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvoiceRequestTest {

	static final String CODE = CreditCode.withCheckCharacter("91310000MA1FL0000");

	static final List<Line> LINES = List
		.of(new Line("证件费 Badge fee", new BigDecimal("100.00"), new BigDecimal("0.06")));

	static InvoiceRequest special() {
		return new InvoiceRequest(Kind.SPECIAL, BuyerKind.UNIT, "上海展览有限公司", CODE, "+8613912345678",
				"finance@example.com", "上海市浦东新区展会路 1 号", "中国银行上海分行", "6222 0212 3456 7890", LINES, "CNY");
	}

	static InvoiceRequest ordinaryForAPerson() {
		return new InvoiceRequest(Kind.ORDINARY, BuyerKind.PERSON, "张三", null, null, null, null, null, null, LINES,
				null);
	}

	@Test
	void anOrdinaryInvoiceForAPersonNeedsOnlyTheTitle() {
		assertThat(ordinaryForAPerson().problems()).isEmpty();
		assertThat(ordinaryForAPerson().currency()).isEqualTo("CNY");
	}

	@Test
	void anOrdinaryInvoiceForAUnitNeedsItsTaxNumber() {
		InvoiceRequest request = new InvoiceRequest(Kind.ORDINARY, BuyerKind.UNIT, "上海展览有限公司", " ", null, null, null,
				null, null, LINES, "CNY");

		assertThat(request.problems()).containsExactly("invoice.taxNumber.required");
	}

	@Test
	void aCompleteSpecialInvoiceIsValid() {
		assertThat(special().problems()).isEmpty();
		assertThat(special().bankAccount()).isEqualTo("6222021234567890");
	}

	@Test
	void aSpecialInvoiceNeedsTheWholeBuyerRecord() {
		InvoiceRequest request = new InvoiceRequest(Kind.SPECIAL, BuyerKind.UNIT, "上海展览有限公司", null, null, null, null,
				null, null, LINES, "CNY");

		assertThat(request.problems()).containsExactly("invoice.taxNumber.required", "invoice.phone.required",
				"invoice.email.required", "invoice.address.required", "invoice.bankName.required",
				"invoice.bankAccount.required");
	}

	@Test
	void aSpecialInvoiceIsForUnitsOnly() {
		InvoiceRequest request = new InvoiceRequest(Kind.SPECIAL, BuyerKind.PERSON, "张三", CODE, "+8613912345678",
				"z@example.com", "上海", "中国银行", "6222021234567890", LINES, "CNY");

		assertThat(request.problems()).containsExactly("invoice.special.unitOnly");
	}

	@Test
	void rejectsABadCreditCode() {
		char wrong = (CODE.charAt(17) == '0') ? '1' : '0';
		InvoiceRequest badCheck = withTaxNumber(CODE.substring(0, 17) + wrong);
		InvoiceRequest tooShort = withTaxNumber("91310000MA1FL");
		InvoiceRequest badCharacter = withTaxNumber("91310000MA1FLOOOOI");

		assertThat(badCheck.problems()).containsExactly("invoice.taxNumber.checkCharacter");
		assertThat(tooShort.problems()).containsExactly("invoice.taxNumber.length");
		assertThat(badCharacter.problems()).containsExactly("invoice.taxNumber.character");
		assertThat(withTaxNumber(CODE.toLowerCase()).problems()).isEmpty();
	}

	@Test
	void checksFormatsLinesAndCurrency() {
		InvoiceRequest request = new InvoiceRequest(Kind.SPECIAL, BuyerKind.UNIT, "上海展览有限公司", CODE, "phone",
				"not-an-address", "上海", "中国银行", "12AB",
				List.of(new Line(" ", new BigDecimal("10.005"), BigDecimal.ONE)), "USD");

		assertThat(request.problems()).containsExactly("invoice.phone.invalid", "invoice.email.invalid",
				"invoice.bankAccount.invalid", "invoice.currency.unsupported", "invoice.line.description.required",
				"invoice.line.amount.invalid", "invoice.line.taxRate.invalid");
	}

	@Test
	void anUnknownKindFromTheProcessIsAValidationProblemNotACrash() throws Exception {
		ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
		InvoiceRequest request = json.readValue("""
				{"kind": "FANCY", "buyerKind": "person", "title": "张三",
				 "lines": [{"description": "证件费", "amount": 100.00, "taxRate": 0.06}]}""", InvoiceRequest.class);

		assertThat(request.buyerKind()).isEqualTo(BuyerKind.PERSON);
		assertThat(request.problems()).containsExactly("invoice.kind.required");
	}

	@Test
	void itsTextHidesTaxNumberPhoneMailAndAccount() {
		String text = special().toString();

		assertThat(text).doesNotContain(CODE, "13912345678", "finance@", "6222021234567890")
			.contains("****7890", "****" + CODE.substring(14));
	}

	@Test
	void everyKeyHasBothLanguages() throws Exception {
		java.util.Properties zh = new java.util.Properties();
		java.util.Properties en = new java.util.Properties();
		try (var in = getClass().getResourceAsStream("/messages/invoice.properties");
				var inEn = getClass().getResourceAsStream("/messages/invoice_en.properties")) {
			zh.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			en.load(new java.io.InputStreamReader(inEn, java.nio.charset.StandardCharsets.UTF_8));
		}
		assertThat(zh.keySet()).isEqualTo(en.keySet())
			.contains("invoice.taxNumber.checkCharacter", "invoice.special.unitOnly", "invoice.request.required");
	}

	private static InvoiceRequest withTaxNumber(String taxNumber) {
		return new InvoiceRequest(Kind.ORDINARY, BuyerKind.UNIT, "上海展览有限公司", taxNumber, null, null, null, null, null,
				LINES, "CNY");
	}

}
