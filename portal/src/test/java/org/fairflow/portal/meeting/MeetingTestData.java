package org.fairflow.portal.meeting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import io.camunda.client.CamundaClient;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.fairflow.portal.payment.PaymentTestData;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Units, plans and forms for the meeting tests, and the process they open: the real
 * {@code models/meeting-booking.bpmn} when it is on the class path, else a stub of its
 * first steps (pre-review and withdrawal, as the contract describes them).
 */
final class MeetingTestData {

	private MeetingTestData() {
	}

	record Unit(Fixtures.Tree tree, Long unitId, PortalUser liaison) {
	}

	/**
	 * Deploys the stub unless the real model is there; deploying it again changes
	 * nothing.
	 */
	static void ensureProcess(CamundaClient client) {
		if (new ClassPathResource("models/meeting-booking.bpmn").exists()) {
			return;
		}
		try (InputStream stub = new ClassPathResource("meeting/meeting-booking-stub.bpmn").getInputStream()) {
			client.newDeployResourceCommand()
				.addResourceBytes(stub.readAllBytes(), "meeting-booking.bpmn")
				.send()
				.join();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Unit approvedUnit(Fixtures fixtures, Accounts accounts, JdbcTemplate jdbc) {
		PaymentTestData.PayingUnit unit = PaymentTestData.approvedUnit(fixtures, accounts, jdbc);
		return new Unit(unit.tree(), unit.unitId(), unit.liaison());
	}

	/** A reviewer account of the tree's organiser (who reviews meetings). */
	static PortalUser organiser(Fixtures fixtures, Accounts accounts, Fixtures.Tree tree) {
		return fixtures.organiserReviewer(tree);
	}

	/** A one-page PDF made with PDFBox. */
	static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PlanFile plan(PlanFiles plans, Unit unit) {
		byte[] pdf = pdf();
		return plans.upload(unit.unitId(), "会议方案.pdf", pdf.length, new ByteArrayInputStream(pdf), "test");
	}

	/**
	 * A valid offline booking on the fair's second day, 10:00-12:00, of a host of its
	 * own.
	 */
	static MeetingForm form(Long planFileId) {
		MeetingForm form = new MeetingForm();
		form.setFormat(MeetingFormat.OFFLINE);
		form.setName("跨境电商圆桌会");
		form.setTheme("数字贸易新机遇");
		form.setField("DIGITAL");
		form.setSummary("邀请跨境电商企业交流经验。");
		form.setHost("主办方" + UUID.randomUUID().toString().substring(0, 8));
		form.setPlannedAttendance(80);
		form.setDate("2027-11-06");
		form.setStartTime("10:00");
		form.setEndTime("12:00");
		form.setDomestic(new java.util.ArrayList<>(
				List.of(new MeetingForm.Speaker("王教授", "某大学 教授"), new MeetingForm.Speaker("", ""))));
		form.setForeign(new java.util.ArrayList<>(List.of(new MeetingForm.Speaker("Anna Berg", "Nordic Trade, CEO"))));
		form.setGuests(new java.util.ArrayList<>(List.of(new MeetingForm.Speaker("李司长", "商务部 司长"))));
		form.setContactName("赵会务");
		form.setContactMobile("13800138000");
		form.setPlanFileId(planFileId);
		return form;
	}

}
