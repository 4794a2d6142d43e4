package org.fairflow.portal.badge;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.web.RequestValues;
import org.fairflow.workers.security.SecurityCheckAnswer;
import org.fairflow.workers.security.SecurityCheckListener;
import org.fairflow.workers.security.SecurityCheckRecords;
import org.fairflow.workers.security.SecurityCheckRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The portal's side of the identity security check: it hands the service the person's
 * identity from the database, records every answer once and publishes it to the case as
 * the message {@code security-checked}.
 */
@Component
class SecurityAnswers implements SecurityCheckListener, SecurityCheckRecords {

	private static final Logger log = LoggerFactory.getLogger(SecurityAnswers.class);

	private final PersonRepository persons;

	private final JdbcTemplate jdbc;

	private final Cases cases;

	private final EngineGateway engine;

	SecurityAnswers(PersonRepository persons, JdbcTemplate jdbc, Cases cases, EngineGateway engine) {
		this.persons = persons;
		this.jdbc = jdbc;
		this.cases = cases;
		this.engine = engine;
	}

	@Override
	public Optional<SecurityCheckRequest> identity(String personId, String caseId, int round) {
		return RequestValues.id(personId)
			.flatMap(this.persons::findById)
			.map((p) -> new SecurityCheckRequest(caseId, round, BadgeApplications.printedName(p), p.getNationality(),
					p.getDocumentType().name(), p.getDocumentNumber(), p.getBirthDate().toString()));
	}

	@Override
	public Optional<SecurityCheckAnswer> knownAnswer(String caseId, int round) {
		List<SecurityCheckAnswer> found = this.jdbc.query(
				"select passed, reason from badge_security_answer where case_id = ? and round = ?",
				(rs, n) -> new SecurityCheckAnswer(caseId, round, rs.getBoolean(1), rs.getString(2)), caseId, round);
		return found.stream().findFirst();
	}

	/**
	 * Records the answer (the first one counts) and publishes it. A publication the
	 * engine refuses is logged; the recorded answer is published again when the case asks
	 * again.
	 */
	@Override
	public void answered(SecurityCheckAnswer answer) {
		SecurityCheckAnswer kept = record(answer);
		this.cases.record(kept.caseId(), Cases.SYSTEM, "Task_RequestSecurityCheck", "SECURITY_ANSWERED",
				kept.passed() ? "pass" : "fail", kept.reason(), "security/" + kept.caseId() + "/" + kept.round());
		this.engine.publishMessage("security-checked", kept.caseId(), Map.of("securityPassed", kept.passed(),
				"securityReason", (kept.reason() != null) ? kept.reason() : ""));
		log.info("Security check of case {} round {} answered: {}", kept.caseId(), kept.round(),
				kept.passed() ? "passed" : "failed");
	}

	private SecurityCheckAnswer record(SecurityCheckAnswer answer) {
		String reason = (answer.reason() != null && answer.reason().length() > 500) ? answer.reason().substring(0, 500)
				: answer.reason();
		try {
			this.jdbc.update(
					"insert into badge_security_answer (case_id, round, passed, reason, answered_at) values (?, ?, ?, ?, ?)",
					answer.caseId(), answer.round(), answer.passed(), reason, Timestamp.from(Instant.now()));
			return new SecurityCheckAnswer(answer.caseId(), answer.round(), answer.passed(), reason);
		}
		catch (DuplicateKeyException ex) {
			return knownAnswer(answer.caseId(), answer.round()).orElse(answer);
		}
	}

}
