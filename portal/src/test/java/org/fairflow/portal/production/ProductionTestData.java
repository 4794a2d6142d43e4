package org.fairflow.portal.production;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.unit.UnitCategory;
import org.mockito.Mockito;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An approved unit of a fresh delegation tree with one submitted person, stored directly
 * (no review process runs, so nothing changes behind the test's back), and jobs as the
 * engine would hand them out.
 */
final class ProductionTestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 9_000));

	private ProductionTestData() {
	}

	/**
	 * @param liaison the unit's liaison
	 * @param caseId the person's badge-review case (stored, inactive, scoped to the
	 * unit's sub-delegation)
	 */
	record Applicant(Fixtures.Tree tree, PortalUser liaison, Long unitId, Long personId, String caseId) {
	}

	static Applicant applicant(Fixtures fixtures, Accounts accounts, JdbcTemplate jdbc) {
		Fixtures.Tree tree = fixtures.tree();
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		int n = SEQUENCE.incrementAndGet();
		jdbc.update("insert into unit (credit_code, name_zh, name_en, address, contact_name, contact_mobile,"
				+ " contact_email, category, organisation_id, product_areas, status, created_at, updated_at)"
				+ " values (?, ?, ?, '上海市测试路 1 号', '李联络', '13912345678', 'contact@example.com', 'ENTERPRISE', ?,"
				+ " 'FOOD_AGRI', 'APPROVED', current_timestamp, current_timestamp)", code, "制证测试单位" + n,
				"Production test unit " + n, tree.sub().getId());
		Long unitId = jdbc.queryForObject("select id from unit where credit_code = ?", Long.class, code);
		accounts.create(code, Fixtures.PASSWORD, Role.APPLICANT, "李联络", null, unitId);
		String caseId = UUID.randomUUID().toString();
		jdbc.update("insert into process_case (id, flow, business_key, title, applicant_group, scope_org_id, status,"
				+ " active, checkpoint_variables, created_at, updated_at) values (?, 'badge-review', ?, '王小明', ?, ?,"
				+ " 'APPROVED', false, '{}', current_timestamp, current_timestamp)", caseId, "p" + n, "unit:" + unitId,
				tree.sub().getId());
		jdbc.update("insert into badge_person (unit_id, nationality, name_zh, name_en, gender, document_type,"
				+ " document_number, birth_date, mobile, job_title, badge_type, entry_from, entry_to, status,"
				+ " has_photo, created_at, updated_at, case_id) values (?, 'CN', '王小明', 'WANG Xiaoming', 'MALE',"
				+ " 'RESIDENT_ID', ?, date '1990-01-01', '13811112222', '采购经理', 'VISITOR', date '2026-11-05',"
				+ " date '2026-11-10', 'APPROVED', true, current_timestamp, current_timestamp, ?)", unitId,
				"DOC" + n + "X", caseId);
		Long personId = jdbc.queryForObject("select id from badge_person where case_id = ?", Long.class, caseId);
		byte[] photo = jpeg();
		jdbc.update("insert into badge_person_photo (person_id, size_bytes, content) values (?, ?, ?)", personId,
				photo.length, photo);
		return new Applicant(tree, fixtures.user(code), unitId, personId, caseId);
	}

	static String documentNumber(JdbcTemplate jdbc, Long personId) {
		return jdbc.queryForObject("select document_number from badge_person where id = ?", String.class, personId);
	}

	/** A {@code produce-badge} job for the person's case and a round. */
	static ActivatedJob produceJob(Applicant applicant, int round, String badgeType) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("caseId", applicant.caseId());
		vars.put("round", round);
		vars.put("personId", applicant.personId().intValue());
		// As the badge flow sends it (BadgeApplications.printedName): both names.
		vars.put("personName", "王小明 WANG Xiaoming");
		vars.put("unitName", "制证测试单位");
		vars.put("badgeType", badgeType);
		vars.put("entryFrom", "2026-11-05");
		vars.put("entryTo", "2026-11-10");
		return job("produce-badge", "Task_ProduceBadge", vars);
	}

	static ActivatedJob job(String type, String elementId, Map<String, Object> vars) {
		ActivatedJob job = Mockito.mock(ActivatedJob.class);
		Mockito.when(job.getType()).thenReturn(type);
		Mockito.when(job.getElementId()).thenReturn(elementId);
		Mockito.when(job.getBpmnProcessId()).thenReturn("badge-review");
		Mockito.when(job.getVariablesAsMap()).thenReturn(vars);
		return job;
	}

	static PortalUser organiser(Fixtures.Tree tree) {
		return new PortalUser(-1L, "organiser-" + tree.organiser().getId(), null, Role.ORGANISER, "组委会",
				tree.organiser().getId(), null, true);
	}

	static byte[] jpeg() {
		BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "jpg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
