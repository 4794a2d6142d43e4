package org.fairflow.portal.badge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.fairflow.portal.quota.BadgeType;

/**
 * The checks of one person, the same for the form and for a CSV row: either the checked
 * values or every problem as (field, message key).
 */
final class PersonRules {

	static final String DOMESTIC = "CN";

	private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	private static final Pattern OTHER_MOBILE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}[0-9]");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");

	private static final Pattern PERMIT = Pattern.compile("[A-Z0-9]{8,12}");

	private static final Pattern NAME_EN = Pattern.compile("[A-Za-z][A-Za-z .,'-]{0,99}");

	private PersonRules() {
	}

	record Problem(String field, String messageKey) {
	}

	/** A person's checked values. */
	record Checked(String nationality, String nameZh, String nameEn, Gender gender, DocumentType documentType,
			String documentNumber, LocalDate birthDate, String mobile, String email, String jobTitle,
			BadgeType badgeType, LocalDate entryFrom, LocalDate entryTo) {
	}

	record Result(Checked checked, List<Problem> problems) {

		boolean ok() {
			return this.problems.isEmpty();
		}

	}

	static Result check(PersonForm form) {
		List<Problem> problems = new ArrayList<>();
		String typed = upper(form.getNationality());
		String nationality = Countries.code(typed).orElse(typed);
		// Rules that depend on the nationality only speak once it is known: an unknown
		// one gets its own message, not a second, misleading one about the document.
		boolean known = Countries.known(nationality);
		if (nationality.isEmpty()) {
			problems.add(new Problem("nationality", "badge.nationality.required"));
		}
		else if (!known) {
			problems.add(new Problem("nationality", "badge.nationality.invalid"));
		}
		boolean domestic = DOMESTIC.equals(nationality);

		String nameZh = text(form.getNameZh());
		if (nameZh.isEmpty()) {
			problems.add(new Problem("nameZh", "badge.nameZh.required"));
		}
		else if (nameZh.length() > 60) {
			problems.add(new Problem("nameZh", "badge.nameZh.size"));
		}
		String nameEn = text(form.getNameEn());
		if (nameEn.isEmpty()) {
			if (!domestic && known) {
				problems.add(new Problem("nameEn", "badge.nameEn.required"));
			}
		}
		else if (!NAME_EN.matcher(nameEn).matches()) {
			problems.add(new Problem("nameEn", "badge.nameEn.invalid"));
		}

		Gender gender = parse(Gender.class, form.getGender());
		if (gender == null) {
			problems.add(new Problem("gender", "badge.gender.required"));
		}

		DocumentType type = parse(DocumentType.class, form.getDocumentType());
		String number = ResidentId.normalise(form.getDocumentNumber()).replace(" ", "");
		LocalDate birthDate = date(form.getBirthDate());
		if (type == null) {
			problems.add(new Problem("documentType", "badge.documentType.required"));
		}
		else if (known && domestic != (type == DocumentType.RESIDENT_ID)) {
			problems.add(new Problem("documentType",
					domestic ? "badge.documentType.domestic" : "badge.documentType.foreign"));
		}
		if (number.isEmpty()) {
			problems.add(new Problem("documentNumber", "badge.documentNumber.required"));
		}
		else if (type == DocumentType.RESIDENT_ID) {
			ResidentId.problem(number).ifPresent((key) -> problems.add(new Problem("documentNumber", key)));
		}
		else if (type == DocumentType.PASSPORT && !PASSPORT.matcher(number).matches()) {
			problems.add(new Problem("documentNumber", "badge.documentNumber.passport"));
		}
		else if ((type == DocumentType.HK_MACAO_PERMIT || type == DocumentType.TAIWAN_PERMIT)
				&& !PERMIT.matcher(number).matches()) {
			problems.add(new Problem("documentNumber", "badge.documentNumber.permit"));
		}

		if (birthDate == null) {
			problems.add(new Problem("birthDate",
					text(form.getBirthDate()).isEmpty() ? "badge.birthDate.required" : "badge.date.invalid"));
		}
		else if (!birthDate.isBefore(LocalDate.now())) {
			problems.add(new Problem("birthDate", "badge.birthDate.past"));
		}
		else if (type == DocumentType.RESIDENT_ID && ResidentId.problem(number).isEmpty()
				&& !birthDate.equals(ResidentId.birthDate(number).orElseThrow())) {
			problems.add(new Problem("birthDate", "badge.birthDate.mismatch"));
		}

		String mobile = text(form.getMobile()).replace(" ", "");
		String email = text(form.getEmail());
		if (domestic) {
			if (mobile.isEmpty()) {
				problems.add(new Problem("mobile", "badge.mobile.required"));
			}
			else if (!MAINLAND_MOBILE.matcher(mobile).matches()) {
				problems.add(new Problem("mobile", "badge.mobile.mainland"));
			}
		}
		else {
			if (mobile.isEmpty() && email.isEmpty() && known) {
				problems.add(new Problem("mobile", "badge.contact.required"));
			}
			if (!mobile.isEmpty() && !OTHER_MOBILE.matcher(mobile).matches()) {
				problems.add(new Problem("mobile", "badge.mobile.invalid"));
			}
		}
		if (!email.isEmpty() && (email.length() > 120 || !EMAIL.matcher(email).matches())) {
			problems.add(new Problem("email", "badge.email.invalid"));
		}

		String jobTitle = text(form.getJobTitle());
		if (jobTitle.isEmpty()) {
			problems.add(new Problem("jobTitle", "badge.jobTitle.required"));
		}
		else if (jobTitle.length() > 60) {
			problems.add(new Problem("jobTitle", "badge.jobTitle.size"));
		}

		BadgeType badgeType = parse(BadgeType.class, form.getBadgeType());
		if (badgeType == null) {
			problems.add(new Problem("badgeType", "badge.badgeType.required"));
		}

		LocalDate entryFrom = date(form.getEntryFrom());
		LocalDate entryTo = date(form.getEntryTo());
		if (entryFrom == null) {
			problems.add(new Problem("entryFrom",
					text(form.getEntryFrom()).isEmpty() ? "badge.entryFrom.required" : "badge.date.invalid"));
		}
		if (entryTo == null) {
			problems.add(new Problem("entryTo",
					text(form.getEntryTo()).isEmpty() ? "badge.entryTo.required" : "badge.date.invalid"));
		}
		if (entryFrom != null && entryTo != null && entryFrom.isAfter(entryTo)) {
			problems.add(new Problem("entryTo", "badge.entry.order"));
		}

		if (!problems.isEmpty()) {
			return new Result(null, List.copyOf(problems));
		}
		return new Result(new Checked(nationality, nameZh, nameEn.isEmpty() ? null : nameEn, gender, type, number,
				birthDate, mobile.isEmpty() ? null : mobile, email.isEmpty() ? null : email, jobTitle, badgeType,
				entryFrom, entryTo), List.of());
	}

	/**
	 * A document number for lists: the first and last four characters, the rest starred.
	 */
	static String mask(String number) {
		if (number == null || number.isEmpty()) {
			return "";
		}
		int n = number.length();
		if (n <= 8) {
			return number.charAt(0) + "*".repeat(Math.max(1, n - 3)) + number.substring(Math.max(1, n - 2));
		}
		return number.substring(0, 4) + "*".repeat(n - 8) + number.substring(n - 4);
	}

	private static String text(String value) {
		return (value == null) ? "" : value.strip();
	}

	private static String upper(String value) {
		return text(value).toUpperCase(Locale.ROOT);
	}

	private static LocalDate date(String value) {
		String v = text(value);
		if (v.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(v);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		String v = upper(value);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(v)) {
				return constant;
			}
		}
		return null;
	}

}
