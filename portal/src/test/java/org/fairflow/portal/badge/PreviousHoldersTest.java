package org.fairflow.portal.badge;

import java.util.Map;
import java.util.function.Consumer;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bringing previous-edition holders forward (re-apply and reuse) and keeping a reuse
 * honest when the draft is edited.
 */
@PortalTest
class PreviousHoldersTest {

	private static final byte[] PHOTO = BadgeTestData.jpeg(600, 800);

	@Autowired
	PreviousHolders previous;

	@Autowired
	PreviousHolderArchive archive;

	@Autowired
	Persons persons;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FairDates fairDates;

	PortalUser liaison;

	String creditCode;

	String organisationCode;

	int last;

	@BeforeEach
	void approvedUnit() {
		this.liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		this.creditCode = this.liaison.getUsername();
		this.organisationCode = this.jdbc.queryForObject(
				"select o.code from unit u join organisation o on o.id = u.organisation_id where u.id = ?",
				String.class, this.liaison.unitId());
		this.last = this.previous.edition() - 1;
	}

	@Test
	void reApplyingCreatesAnEditableDraftWithTheDataAndPhotoButNoReuse() {
		PreviousHolderArchive.Entry entry = entry(this.organisationCode, false);
		Long holder = this.archive.record(entry, PHOTO);

		Person person = this.previous.reapply(this.creditCode, holder);

		Map<String, Object> row = row(person.getId());
		assertThat(row.get("status")).isEqualTo("DRAFT");
		assertThat(row.get("reused_from")).isNull();
		assertThat(row.get("name_zh")).isEqualTo(entry.nameZh());
		assertThat(row.get("document_number")).isEqualTo(entry.documentNumber());
		assertThat(row.get("job_title")).isEqualTo(entry.jobTitle());
		assertThat(row.get("has_photo")).isEqualTo(true);
		assertThat(this.persons.photo(this.liaison.unitId(), person.getId()))
			.hasValueSatisfying((bytes) -> assertThat(bytes).isEqualTo(PersonPhoto.of(PHOTO).content()));
	}

	@Test
	void reusingCreatesADraftThatPointsAtTheHolderWithTheSamePrintedData() {
		PreviousHolderArchive.Entry entry = entry(this.organisationCode, true);
		Long holder = this.archive.record(entry, PHOTO);

		Person person = this.previous.reuse(this.creditCode, holder);

		assertThat(person.isReuse()).isTrue();
		Map<String, Object> row = row(person.getId());
		assertThat(row.get("reused_from")).isEqualTo(holder);
		assertThat(row.get("status")).isEqualTo("DRAFT");
		assertThat(row.get("badge_type")).isEqualTo(entry.badgeType().name());
		assertThat(this.persons.photo(this.liaison.unitId(), person.getId()))
			.hasValueSatisfying((bytes) -> assertThat(bytes).isEqualTo(PersonPhoto.of(PHOTO).content()));
	}

	@Test
	void aBroughtForwardPersonTakesThisEditionsEntryDatesNeverThePreviousCards() {
		PreviousHolderArchive.Entry entry = entry(this.organisationCode, true);
		assertThat(entry.entryFrom()).as("the test's old card has other dates").isNotEqualTo(this.fairDates.from());
		Long reusedHolder = this.archive.record(entry, PHOTO);
		Long reappliedHolder = this.archive
			.record(PreviousHolderTestData.entry(this.creditCode, this.organisationCode, this.last, false), PHOTO);

		Person reused = this.previous.reuse(this.creditCode, reusedHolder);
		Person reapplied = this.previous.reapply(this.creditCode, reappliedHolder);

		for (Person person : new Person[] { reused, reapplied }) {
			Map<String, Object> row = row(person.getId());
			assertThat(row.get("entry_from").toString()).isEqualTo(this.fairDates.from().toString());
			assertThat(row.get("entry_to").toString()).isEqualTo(this.fairDates.to().toString());
		}
		assertThat(reused.isReuse()).isTrue();
	}

	@Test
	void reuseIsRefusedForAHolderWhoDidNotPassTheReviewAndNothingIsStored() {
		Long holder = this.archive.record(entry(this.organisationCode, false), PHOTO);

		assertRefused(() -> this.previous.reuse(this.creditCode, holder), "badge.reuse.notPassed");
	}

	@Test
	void reuseIsRefusedWhenTheUnitCameThroughAnotherOrganisationThen() {
		Long holder = this.archive.record(entry("ELSEWHERE", true), PHOTO);

		assertRefused(() -> this.previous.reuse(this.creditCode, holder), "badge.reuse.otherOrganisation");
	}

	@Test
	void reuseIsRefusedWithoutAPrintedPhoto() {
		Long holder = this.archive.record(entry(this.organisationCode, true), null);

		assertRefused(() -> this.previous.reuse(this.creditCode, holder), "badge.reuse.noPhoto");
	}

	@Test
	void theSameHolderCannotBeBroughtForwardTwice() {
		Long holder = this.archive.record(entry(this.organisationCode, true), PHOTO);
		this.previous.reuse(this.creditCode, holder);

		assertThatThrownBy(() -> this.previous.reuse(this.creditCode, holder)).isInstanceOf(PersonException.class)
			.hasMessage("badge.previous.alreadyBrought");
		assertThatThrownBy(() -> this.previous.reapply(this.creditCode, holder)).isInstanceOf(PersonException.class)
			.hasMessage("badge.previous.alreadyBrought");
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void anotherUnitsHolderAndAHolderOfThisEditionAreNotFound() {
		PortalUser other = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		Long othersHolder = this.archive
			.record(PreviousHolderTestData.entry(other.getUsername(), this.organisationCode, this.last, true), PHOTO);
		Long current = this.archive.record(
				PreviousHolderTestData.entry(this.creditCode, this.organisationCode, this.previous.edition(), true),
				PHOTO);

		assertThatThrownBy(() -> this.previous.reuse(this.creditCode, othersHolder))
			.isInstanceOf(PreviousHolderNotFoundException.class);
		assertThatThrownBy(() -> this.previous.reapply(this.creditCode, current))
			.isInstanceOf(PreviousHolderNotFoundException.class);
		assertThat(this.previous.list(this.creditCode, 0).getContent()).isEmpty();
		assertThat(count()).isZero();
	}

	@Test
	void changingAPrintedFieldOfAReusedDraftMakesItANewApplication() {
		Person reused = reused();

		Person saved = this.persons.edit(this.liaison.unitId(), reused.getId(),
				checked(reused, (f) -> f.setNameZh("王芳芳")), null);

		assertThat(saved.isReuse()).isFalse();
		assertThat(row(reused.getId()).get("reused_from")).isNull();
	}

	@Test
	void anotherPhotoOnAReusedDraftMakesItANewApplication() {
		Person reused = reused();

		this.persons.edit(this.liaison.unitId(), reused.getId(), checked(reused, (f) -> {
		}), new PersonPhoto(BadgeTestData.image("jpg", 600, 800, 48)));

		assertThat(row(reused.getId()).get("reused_from")).isNull();
	}

	@Test
	void changingTheJobTitleOrMobileOrUploadingTheSamePhotoKeepsTheReuse() {
		Person reused = reused();

		Person saved = this.persons.edit(this.liaison.unitId(), reused.getId(), checked(reused, (f) -> {
			f.setJobTitle("总经理");
			f.setMobile("13800001111");
		}), PersonPhoto.of(PHOTO));

		assertThat(saved.isReuse()).isTrue();
		Map<String, Object> row = row(reused.getId());
		assertThat(row.get("reused_from")).isNotNull();
		assertThat(row.get("job_title")).isEqualTo("总经理");
	}

	private Person reused() {
		Long holder = this.archive.record(entry(this.organisationCode, true), PHOTO);
		return this.previous.reuse(this.creditCode, holder);
	}

	private PreviousHolderArchive.Entry entry(String organisationCode, boolean passed) {
		return PreviousHolderTestData.entry(this.creditCode, organisationCode, this.last, passed);
	}

	private static PersonRules.Checked checked(Person person, Consumer<PersonForm> edit) {
		PersonForm form = PersonForm.of(person);
		edit.accept(form);
		PersonRules.Result result = PersonRules.check(form);
		assertThat(result.problems()).isEmpty();
		return result.checked();
	}

	private void assertRefused(Runnable action, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOf(PersonException.class).hasMessage(messageKey);
		assertThat(count()).isZero();
	}

	private Map<String, Object> row(Long id) {
		return this.jdbc.queryForMap("select * from badge_person where id = ?", id);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from badge_person where unit_id = ?", Long.class,
				this.liaison.unitId());
	}

}
