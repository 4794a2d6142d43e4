package org.fairflow.portal.exhibit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.camunda.client.CamundaClient;
import org.fairflow.portal.exhibitor.Exhibitor;
import org.fairflow.portal.exhibitor.ExhibitorRegistration;
import org.fairflow.portal.exhibitor.Exhibitors;
import org.fairflow.portal.exhibitor.InvitationCodes;
import org.fairflow.portal.exhibitor.Participation;
import org.fairflow.portal.payment.PaymentTestData;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exhibitors for the exhibit and booth tests, registered with a code of their tree's
 * delegation (so the delegation's reviewer audits), and the process they open: the real
 * {@code models/exhibit-audit.bpmn} when it is on the class path, else a stub with the
 * contract's ids, headers and statuses.
 */
public final class ExhibitTestData {

	private ExhibitTestData() {
	}

	/**
	 * An exhibitor: its unit's liaison, the inviter's reviewer, a reviewer of another
	 * delegation of the same organiser, and the liaison of another exhibitor's unit.
	 */
	public record ExhibitorUnit(Fixtures.Tree tree, Exhibitor exhibitor, PortalUser liaison, PortalUser reviewer,
			PortalUser otherReviewer) {
	}

	/**
	 * Deploys the stub unless the real model is there; deploying it again changes
	 * nothing.
	 */
	public static void ensureProcess(CamundaClient client) {
		ensure(client, "exhibit-audit");
	}

	/** The same for {@code exhibit-unlisting}. */
	public static void ensureUnlistingProcess(CamundaClient client) {
		ensure(client, "exhibit-unlisting");
	}

	private static void ensure(CamundaClient client, String process) {
		if (new ClassPathResource("models/" + process + ".bpmn").exists()) {
			return;
		}
		try (InputStream stub = new ClassPathResource("exhibit/" + process + "-stub.bpmn").getInputStream()) {
			client.newDeployResourceCommand().addResourceBytes(stub.readAllBytes(), process + ".bpmn").send().join();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A new exhibitor, with both processes deployed, made from the test's own context's
	 * beans.
	 */
	public static ExhibitorUnit exhibitor(ApplicationContext context) {
		ensureProcess(context.getBean(CamundaClient.class));
		ensureUnlistingProcess(context.getBean(CamundaClient.class));
		return exhibitor(context.getBean(Fixtures.class), context.getBean(Accounts.class),
				context.getBean(JdbcTemplate.class), context.getBean(InvitationCodes.class),
				context.getBean(Exhibitors.class), context.getBean(Clock.class));
	}

	public static ExhibitorUnit exhibitor(Fixtures fixtures, Accounts accounts, JdbcTemplate jdbc,
			InvitationCodes codes, Exhibitors exhibitors, Clock clock) {
		PaymentTestData.PayingUnit unit = PaymentTestData.approvedUnit(fixtures, accounts, jdbc);
		Fixtures.Tree tree = unit.tree();
		String code = codes
			.issue(tree.delegation().getId(), 1, clock.instant().plus(Duration.ofDays(30)), "test", "inviter")
			.get(0)
			.getCode();
		Exhibitor exhibitor = exhibitors.register(unit.unitId(),
				new ExhibitorRegistration(code, Participation.ONLINE_OFFLINE, "张展商", "经理", "+8613800138000",
						"exhibitor@example.com", List.of("BRAND"), "展示服务贸易成果", "无"),
				"liaison");
		return new ExhibitorUnit(tree, exhibitor, unit.liaison(), fixtures.user(tree.delegationReviewer()),
				fixtures.user(tree.otherReviewer()));
	}

}
