package org.fairflow.portal.unified;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.notification.Masking;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Units, persons, mobiles and received codes for the unified-payment tests. */
final class UnifiedTestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 9_000));

	private UnifiedTestData() {
	}

	/** A mainland mobile of this run, unlikely to repeat. */
	static String mobile() {
		return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/**
	 * An approved unit registered to an organisation, stored directly (no review process
	 * runs for it); returns its id.
	 */
	static Long unit(JdbcTemplate jdbc, Long organisationId) {
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		int n = SEQUENCE.incrementAndGet();
		jdbc.update("insert into unit (credit_code, name_zh, name_en, address, contact_name, contact_mobile,"
				+ " contact_email, category, organisation_id, product_areas, status, created_at, updated_at)"
				+ " values (?, ?, ?, '上海市测试路 1 号', '李联络', '13912345678', 'contact@example.com', 'ENTERPRISE', ?,"
				+ " 'FOOD_AGRI', 'APPROVED', current_timestamp, current_timestamp)", code, "统付测试单位" + n,
				"Unified test unit " + n, organisationId);
		return jdbc.queryForObject("select id from unit where credit_code = ?", Long.class, code);
	}

	/** A visitor of a unit in a status; returns the person's id. */
	static Long person(JdbcTemplate jdbc, Long unitId, String status) {
		int n = SEQUENCE.incrementAndGet();
		jdbc.update(
				"insert into badge_person (unit_id, nationality, name_zh, gender, document_type, document_number,"
						+ " birth_date, job_title, badge_type, entry_from, entry_to, status, created_at, updated_at)"
						+ " values (?, 'CN', ?, 'MALE', 'PASSPORT', ?, date '1990-01-01', '经理', 'VISITOR',"
						+ " date '2026-11-01', date '2026-11-05', ?, current_timestamp, current_timestamp)",
				unitId, "访客" + n, "E" + (10_000_000 + n), status);
		return jdbc.queryForObject("select max(id) from badge_person where unit_id = ?", Long.class, unitId);
	}

	/**
	 * The codes the simulated SMS gateway recorded for a mobile, oldest first: it logs
	 * the text with the number masked, as it would go to the phone.
	 */
	static List<String> codesSentTo(CapturedOutput output, String mobile) {
		Pattern sms = Pattern
			.compile("SMS recorded, not sent, to " + Pattern.quote(Masking.phone("+86" + mobile)) + ": .*验证码 (\\d{6})");
		Matcher matcher = sms.matcher(output.getAll());
		List<String> codes = new java.util.ArrayList<>();
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	static String lastCodeSentTo(CapturedOutput output, String mobile) {
		List<String> codes = codesSentTo(output, mobile);
		assertThat(codes).as("an SMS with a code to %s", mobile).isNotEmpty();
		return codes.get(codes.size() - 1);
	}

	/** A six-digit code other than this one. */
	static String wrong(String code) {
		return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
	}

}
