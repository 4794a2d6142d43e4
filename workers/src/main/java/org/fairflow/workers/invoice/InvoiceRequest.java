package org.fairflow.workers.invoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.fairflow.workers.notification.Masking;
import org.fairflow.workers.registry.CreditCode;

/**
 * What the payer asks to be invoiced: an ordinary (数电普票) or special (数电专票) fully digital
 * invoice, for a person or a unit, with its lines.
 *
 * <p>
 * {@link #problems()} lists what is wrong as message keys ({@code messages/invoice}, zh
 * and en), so the portal can show them in the reader's language and the worker can name
 * them in its BPMN error. A special invoice needs the full buyer record (title, tax
 * number, phone, e-mail, address, bank and account) because the buyer deducts its input
 * tax with it; an ordinary one needs only the title, and a tax number when the buyer is a
 * unit.
 *
 * @param kind ORDINARY or SPECIAL
 * @param buyerKind PERSON or UNIT
 * @param title the buyer's name as printed on the invoice (抬头)
 * @param taxNumber the unit's tax number: its unified social credit code; never logged in
 * full
 * @param phone the buyer's phone; never logged in full
 * @param email where the invoice is sent; never logged in full
 * @param address the buyer's registered address
 * @param bankName the buyer's bank
 * @param bankAccount the buyer's account at that bank; never logged in full
 * @param lines what is invoiced, at least one line
 * @param currency CNY, the only currency invoices are issued in
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceRequest(Kind kind, BuyerKind buyerKind, String title, String taxNumber, String phone, String email,
		String address, String bankName, String bankAccount, List<Line> lines, String currency) {

	/** The only currency; its scale is 2 (fen). */
	public static final String CNY = "CNY";

	static final int TITLE_MAX = 100;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,19}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern ACCOUNT = Pattern.compile("[0-9]{8,32}");

	/** The kind of invoice. */
	public enum Kind {

		/** 数电普票: no input-tax deduction. */
		ORDINARY,
		/** 数电专票: the buyer, a VAT payer, deducts its input tax. */
		SPECIAL;

		/**
		 * Unknown values read as null, so they end as a validation message, not a crash.
		 */
		@JsonCreator
		static Kind of(String value) {
			return parse(Kind.class, value);
		}

	}

	/** Who is invoiced. */
	public enum BuyerKind {

		PERSON, UNIT;

		/**
		 * Unknown values read as null, so they end as a validation message, not a crash.
		 */
		@JsonCreator
		static BuyerKind of(String value) {
			return parse(BuyerKind.class, value);
		}

	}

	/**
	 * One invoiced item.
	 *
	 * @param description what was sold (badge fee, …)
	 * @param amount the amount including tax, in yuan, at most 2 decimals
	 * @param taxRate the VAT rate as a fraction (0.06 for 6 %), 0 or more and below 1
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Line(String description, BigDecimal amount, BigDecimal taxRate) {
	}

	public InvoiceRequest {
		lines = (lines != null) ? List.copyOf(lines) : List.of();
		currency = (currency == null || currency.isBlank()) ? CNY : currency.strip().toUpperCase(Locale.ROOT);
		taxNumber = CreditCode.normalise(taxNumber);
		if (taxNumber != null && taxNumber.isEmpty()) {
			taxNumber = null;
		}
		if (bankAccount != null) {
			// Accounts are typed in groups of four; the digits are the account.
			bankAccount = bankAccount.replaceAll("[\\s-]", "");
		}
	}

	/** Message keys of everything that is wrong, in form order; empty when valid. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.kind == null) {
			problems.add("invoice.kind.required");
		}
		if (this.buyerKind == null) {
			problems.add("invoice.buyerKind.required");
		}
		boolean special = this.kind == Kind.SPECIAL;
		if (special && this.buyerKind == BuyerKind.PERSON) {
			// A person pays no VAT and cannot deduct input tax: special invoices are for
			// units.
			problems.add("invoice.special.unitOnly");
		}
		if (blank(this.title)) {
			problems.add("invoice.title.required");
		}
		else if (this.title.strip().length() > TITLE_MAX) {
			problems.add("invoice.title.tooLong");
		}
		if (this.taxNumber == null) {
			if (special || this.buyerKind == BuyerKind.UNIT) {
				problems.add("invoice.taxNumber.required");
			}
		}
		else {
			CreditCode.check(this.taxNumber).ifPresent((problem) -> problems.add(switch (problem) {
				case EMPTY -> "invoice.taxNumber.required";
				case LENGTH -> "invoice.taxNumber.length";
				case CHARACTER -> "invoice.taxNumber.character";
				case CHECK_CHARACTER -> "invoice.taxNumber.checkCharacter";
			}));
		}
		check(problems, special, this.phone, PHONE, "invoice.phone");
		check(problems, special, this.email, EMAIL, "invoice.email");
		check(problems, special, this.address, null, "invoice.address");
		check(problems, special, this.bankName, null, "invoice.bankName");
		check(problems, special, this.bankAccount, ACCOUNT, "invoice.bankAccount");
		if (!CNY.equals(this.currency)) {
			problems.add("invoice.currency.unsupported");
		}
		if (this.lines.isEmpty()) {
			problems.add("invoice.lines.required");
		}
		for (Line line : this.lines) {
			if (line == null || blank(line.description())) {
				problems.add("invoice.line.description.required");
			}
			if (line == null || line.amount() == null || line.amount().signum() <= 0
					|| line.amount().stripTrailingZeros().scale() > 2) {
				problems.add("invoice.line.amount.invalid");
			}
			if (line == null || line.taxRate() == null || line.taxRate().signum() < 0
					|| line.taxRate().compareTo(BigDecimal.ONE) >= 0) {
				problems.add("invoice.line.taxRate.invalid");
			}
		}
		return problems.stream().distinct().toList();
	}

	/** True when {@link #problems()} finds nothing. */
	public boolean isValid() {
		return problems().isEmpty();
	}

	/** No tax number, phone, e-mail or account in full: this text goes to logs. */
	@Override
	public String toString() {
		return "InvoiceRequest[kind=" + this.kind + ", buyerKind=" + this.buyerKind + ", title=" + this.title
				+ ", taxNumber=" + tail(this.taxNumber) + ", phone=" + Masking.phone(this.phone) + ", email="
				+ Masking.email(this.email) + ", bankAccount=" + tail(this.bankAccount) + ", lines=" + this.lines.size()
				+ "]";
	}

	/** The last four characters only, as banks print account numbers. */
	static String tail(String value) {
		if (value == null) {
			return null;
		}
		return (value.length() <= 4) ? "****" : "****" + value.substring(value.length() - 4);
	}

	private static void check(List<String> problems, boolean required, String value, Pattern pattern, String key) {
		if (blank(value)) {
			if (required) {
				problems.add(key + ".required");
			}
		}
		else if (pattern != null && !pattern.matcher(value.strip()).matches()) {
			problems.add(key + ".invalid");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.strip())) {
				return constant;
			}
		}
		return null;
	}

}
