package org.fairflow.portal.badge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fairflow.portal.web.RequestValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's persons: drafts added one by one or by batch, edited and cancelled while still
 * drafts. Every method takes the unit the caller acts for; another unit's person is not
 * found. Nothing here logs document numbers or phone numbers.
 */
@Service
@Transactional
class Persons {

	static final int PAGE_SIZE = 20;

	private static final Logger log = LoggerFactory.getLogger(Persons.class);

	private final PersonRepository persons;

	private final PersonPhotoRepository photos;

	Persons(PersonRepository persons, PersonPhotoRepository photos) {
		this.persons = persons;
		this.photos = photos;
	}

	@Transactional(readOnly = true)
	public Page<Person> list(Long unitId, PersonStatus status, int page) {
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id"));
		return (status != null) ? this.persons.findByUnitIdAndStatus(unitId, status, request)
				: this.persons.findByUnitId(unitId, request);
	}

	/** The number of the unit's persons in each status, zeros included. */
	@Transactional(readOnly = true)
	public Map<PersonStatus, Long> counts(Long unitId) {
		Map<PersonStatus, Long> counts = new EnumMap<>(PersonStatus.class);
		for (PersonStatus status : PersonStatus.values()) {
			counts.put(status, 0L);
		}
		for (Object[] row : this.persons.countByStatus(unitId)) {
			counts.put((PersonStatus) row[0], (Long) row[1]);
		}
		return counts;
	}

	@Transactional(readOnly = true)
	public Optional<Person> find(Long unitId, Long id) {
		return this.persons.findByIdAndUnitId(id, unitId);
	}

	/**
	 * The unit's person with this id as it comes in a URL; anything else is not found.
	 * @throws PersonNotFoundException for another unit's person or an unreadable id
	 */
	@Transactional(readOnly = true)
	public Person own(Long unitId, String id) {
		return RequestValues.id(id)
			.flatMap((personId) -> find(unitId, personId))
			.orElseThrow(PersonNotFoundException::new);
	}

	public Person add(Long unitId, PersonRules.Checked values, PersonPhoto photo) {
		if (this.persons.existsByUnitIdAndDocumentNumber(unitId, values.documentNumber())) {
			throw new PersonException("documentNumber", "badge.documentNumber.taken");
		}
		Person person = this.persons.saveAndFlush(new Person(unitId, values));
		if (photo != null) {
			this.photos.save(new PersonPhotoRecord(person.getId(), photo));
			person.photoStored();
		}
		log.info("Unit {} added person {} ({})", unitId, person.getId(), values.badgeType());
		return person;
	}

	public Person edit(Long unitId, Long id, PersonRules.Checked values, PersonPhoto photo) {
		Person person = this.persons.findByIdAndUnitId(id, unitId).orElseThrow(PersonNotFoundException::new);
		if (!person.getStatus().editable()) {
			throw new PersonException(null, "badge.notEditable");
		}
		if (this.persons.existsByUnitIdAndDocumentNumberAndIdNot(unitId, values.documentNumber(), id)) {
			throw new PersonException("documentNumber", "badge.documentNumber.taken");
		}
		if (person.isReuse() && ReuseRule.changesPrintedFields(person, values, photo,
				() -> this.photos.findById(id).map(PersonPhotoRecord::getContent).orElse(null))) {
			person.dropReuse();
		}
		person.update(values);
		if (photo != null) {
			this.photos.findById(id)
				.ifPresentOrElse((p) -> p.replace(photo), () -> this.photos.save(new PersonPhotoRecord(id, photo)));
			person.photoStored();
		}
		this.persons.flush();
		log.info("Unit {} edited person {}", unitId, id);
		return person;
	}

	@Transactional(readOnly = true)
	public Optional<byte[]> photo(Long unitId, Long id) {
		return this.persons.findByIdAndUnitId(id, unitId)
			.filter(Person::isHasPhoto)
			.flatMap((p) -> this.photos.findById(p.getId()))
			.map(PersonPhotoRecord::getContent);
	}

	/**
	 * Stores every good row of a batch file as a draft without photo; a row with any
	 * problem stores nothing and is reported with its line, field and message key.
	 */
	public BatchReport importCsv(Long unitId, byte[] bytes) {
		List<PersonCsv.Row> rows = PersonCsv.read(bytes);
		List<BatchReport.RowError> errors = new ArrayList<>();
		List<PersonRules.Checked> good = new ArrayList<>();
		Set<String> numbersInFile = new HashSet<>();
		List<PersonRules.Checked> candidates = new ArrayList<>();
		List<Integer> candidateLines = new ArrayList<>();
		for (PersonCsv.Row row : rows) {
			if (row.problemKey() != null) {
				errors.add(new BatchReport.RowError(row.line(), "row", row.problemKey()));
				continue;
			}
			PersonRules.Result result = PersonRules.check(row.form());
			if (!result.ok()) {
				result.problems()
					.forEach((p) -> errors.add(new BatchReport.RowError(row.line(), p.field(), p.messageKey())));
				continue;
			}
			if (!numbersInFile.add(result.checked().documentNumber())) {
				errors.add(new BatchReport.RowError(row.line(), "documentNumber", "badge.documentNumber.repeated"));
				continue;
			}
			candidates.add(result.checked());
			candidateLines.add(row.line());
		}
		Set<String> taken = candidates.isEmpty() ? Set.of() : new HashSet<>(this.persons.takenNumbers(unitId,
				candidates.stream().map(PersonRules.Checked::documentNumber).toList()));
		for (int i = 0; i < candidates.size(); i++) {
			if (taken.contains(candidates.get(i).documentNumber())) {
				errors.add(new BatchReport.RowError(candidateLines.get(i), "documentNumber",
						"badge.documentNumber.taken"));
			}
			else {
				good.add(candidates.get(i));
			}
		}
		this.persons.saveAllAndFlush(good.stream().map((c) -> new Person(unitId, c)).toList());
		errors.sort(java.util.Comparator.comparingInt(BatchReport.RowError::row));
		log.info("Unit {} imported a batch: {} rows, {} stored", unitId, rows.size(), good.size());
		return new BatchReport(rows.size(), good.size(), errors);
	}

}
