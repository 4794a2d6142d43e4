package org.fairflow.portal.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.awaitility.Awaitility;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.unit.LicenceImage;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.portal.unit.UnitRegistration;
import org.fairflow.workers.registry.CreditCode;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test data made through the product's own services: a fresh delegation tree with one
 * reviewer per level, and units registered like a person would.
 */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "secret-pass-1";

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

	private final Organisations organisations;

	private final Accounts accounts;

	private final UnitRegistration registration;

	private final Cases cases;

	private final HumanTasks tasks;

	Fixtures(Organisations organisations, Accounts accounts, UnitRegistration registration, Cases cases,
			HumanTasks tasks) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.registration = registration;
		this.cases = cases;
		this.tasks = tasks;
	}

	/**
	 * Fixtures over a context started by hand (restart tests start and stop their own).
	 */
	public static Fixtures of(org.springframework.context.ApplicationContext context) {
		return new Fixtures(context.getBean(Organisations.class), context.getBean(Accounts.class),
				context.getBean(UnitRegistration.class), context.getBean(Cases.class),
				context.getBean(HumanTasks.class));
	}

	/**
	 * A delegation with one sub-delegation and a reviewer for each, plus a bare
	 * delegation.
	 */
	public Tree tree() {
		int n = SEQUENCE.incrementAndGet();
		Organisation organiser = this.organisations.create("ORG-" + n, "组委会" + n, "Organiser " + n,
				OrganisationKind.ORGANISER, null);
		Organisation delegation = this.organisations.create("D-" + n, "交易团" + n, "Delegation " + n,
				OrganisationKind.DELEGATION, organiser.getId());
		Organisation sub = this.organisations.create("S-" + n, "交易分团" + n, "Sub-delegation " + n,
				OrganisationKind.SUB_DELEGATION, delegation.getId());
		Organisation other = this.organisations.create("O-" + n, "另一交易团" + n, "Other delegation " + n,
				OrganisationKind.DELEGATION, organiser.getId());
		this.accounts.create("sub" + n, PASSWORD, Role.SUB_DELEGATION_REVIEWER, "初审员" + n, sub.getId(), null);
		this.accounts.create("del" + n, PASSWORD, Role.DELEGATION_REVIEWER, "复审员" + n, delegation.getId(), null);
		this.accounts.create("oth" + n, PASSWORD, Role.DELEGATION_REVIEWER, "他团审核员" + n, other.getId(), null);
		return new Tree(organiser, delegation, sub, other, "sub" + n, "del" + n, "oth" + n);
	}

	/**
	 * A new reviewer account of the tree's organiser (who reviews meetings and allocates
	 * rooms), with {@link #PASSWORD}.
	 */
	public PortalUser organiserReviewer(Tree tree) {
		String username = "morg" + SEQUENCE.incrementAndGet() + "-"
				+ java.util.UUID.randomUUID().toString().substring(0, 6);
		this.accounts.create(username, PASSWORD, Role.ORGANISER, "组委会" + username, tree.organiser().getId(), null);
		return user(username);
	}

	public record Tree(Organisation organiser, Organisation delegation, Organisation sub, Organisation other,
			String subReviewer, String delegationReviewer, String otherReviewer) {
	}

	/** A valid credit code for a category, unique to this run. */
	public static String creditCode(UnitCategory category) {
		String prefix = switch (category) {
			case ENTERPRISE -> "91";
			case PUBLIC_INSTITUTION -> "12";
			case SOCIAL_ORGANISATION -> "51";
			case GOVERNMENT -> "11";
			case OTHER -> "19";
		};
		String digits = String.format("%015d",
				Math.abs(System.nanoTime() + SEQUENCE.incrementAndGet()) % 1_000_000_000_000_000L);
		return CreditCode.withCheckCharacter(prefix + digits.substring(0, 15));
	}

	public static RegistrationForm form(UnitCategory category, Organisation joins) {
		RegistrationForm form = new RegistrationForm();
		form.setCreditCode(creditCode(category));
		form.setCategory(category);
		form.setNameZh("测试单位" + SEQUENCE.incrementAndGet());
		form.setNameEn("Test unit " + SEQUENCE.get());
		form.setAddress("上海市测试路 1 号");
		form.setContactName("李联络");
		form.setContactMobile("13912345678");
		form.setContactEmail("contact@example.com");
		form.setOrganisationId(joins.getId());
		form.setProductAreas(List.of("FOOD_AGRI"));
		form.setPlannedImportAmount(new BigDecimal("10.50"));
		form.setPassword(PASSWORD);
		form.setPasswordConfirm(PASSWORD);
		return form;
	}

	/** Registers a unit; returns its case id. */
	public String register(RegistrationForm form) {
		this.registration.register(form, LicenceImage.of("licence.png", png()));
		return this.cases.forApplicant("unit:" + unitId(form)).get(0).getId();
	}

	public Long unitId(RegistrationForm form) {
		return user(CreditCode.normalise(form.getCreditCode())).unitId();
	}

	/** A process owner of its own. */
	public PortalUser processOwner() {
		String name = "owner" + SEQUENCE.incrementAndGet();
		this.accounts.create(name, PASSWORD, Role.PROCESS_OWNER, "流程负责人" + name, null, null);
		return user(name);
	}

	public PortalUser user(String username) {
		return (PortalUser) ((UserDetailsService) this.accounts).loadUserByUsername(username);
	}

	public CaseRecord caseRecord(String caseId) {
		return this.cases.find(caseId).orElseThrow();
	}

	/** Waits (without asserting how long) until the case reaches a status. */
	public CaseRecord awaitStatus(String caseId, String status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> caseRecord(caseId).getStatus().equals(status));
		return caseRecord(caseId);
	}

	/**
	 * Waits until the case has an open task at an element, delivered by the current
	 * engine.
	 */
	public HumanTask awaitOpenTask(String caseId, String elementId) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> openTask(caseId, elementId), (task) -> task != null);
	}

	public HumanTask openTask(String caseId, String elementId) {
		return this.tasks.forCase(caseId)
			.stream()
			.filter((t) -> t.getStatus() == HumanTask.Status.OPEN && t.getElementId().equals(elementId))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Waits until the case's process has settled: the case closed (decided on its own) or
	 * a human task waits. A test that then changes the case's rows does not race the
	 * process.
	 */
	public void awaitSettled(String caseId) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> !caseRecord(caseId).isActive()
					|| this.tasks.forCase(caseId).stream().anyMatch((t) -> t.getStatus() == HumanTask.Status.OPEN));
	}

	public void awaitClosed(String caseId) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> !caseRecord(caseId).isActive());
	}

	public static byte[] png() {
		return image("png", 40, 30);
	}

	public static byte[] image(String format, int width, int height) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
