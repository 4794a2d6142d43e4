package org.fairflow.portal.unified;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.workers.notification.Masking;
import org.fairflow.workers.notification.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switching unified payment on or off, each time with a 6-digit code sent by SMS to the
 * delegation's registered mobile. The code is kept only as a BCrypt hash and never logged
 * (the simulated SMS gateway prints the text it would send: that is how a demo reads it).
 */
@Service
class SwitchCodes {

	private static final Logger log = LoggerFactory.getLogger(SwitchCodes.class);

	static final Duration VALIDITY = Duration.ofMinutes(5);

	static final Duration MIN_GAP = Duration.ofSeconds(60);

	static final int MAX_PER_HOUR = 5;

	private final SecureRandom random = new SecureRandom();

	private final SwitchCodeRepository codes;

	private final SettingRows rows;

	private final Organisations organisations;

	private final PendingConfirmations pending;

	private final SmsGateway sms;

	private final PasswordEncoder hashes;

	SwitchCodes(SwitchCodeRepository codes, SettingRows rows, Organisations organisations, PendingConfirmations pending,
			SmsGateway sms, PasswordEncoder hashes) {
		this.codes = codes;
		this.rows = rows;
		this.organisations = organisations;
		this.pending = pending;
		this.sms = sms;
		this.hashes = hashes;
	}

	/**
	 * Sends a code for the switch the delegation can make now (off to on, on to off).
	 * Throws {@link UnifiedException} with nothing stored or sent when there is no
	 * registered mobile, persons still wait (switching off), or codes were asked too
	 * often.
	 */
	@Transactional
	SwitchAction request(Long delegationId, String actor) {
		String mobile = this.organisations.find(delegationId).map(Organisation::getMobile).orElse(null);
		if (mobile == null || mobile.isBlank()) {
			throw new UnifiedException("unified.mobile.missing");
		}
		UnifiedSetting setting = this.rows.lock(delegationId, actor);
		SwitchAction action = SwitchAction.to(!setting.isEnabled());
		refuseOffWhileWaiting(delegationId, action);
		Instant now = this.rows.now();
		Optional<SwitchCode> last = this.codes.findFirstByDelegationIdOrderByCreatedAtDescIdDesc(delegationId);
		if (last.isPresent() && last.get().getCreatedAt().isAfter(now.minus(MIN_GAP))) {
			long wait = Duration.between(now, last.get().getCreatedAt().plus(MIN_GAP)).toSeconds() + 1;
			throw new UnifiedException("unified.code.tooSoon", wait);
		}
		if (this.codes.countByDelegationIdAndCreatedAtAfter(delegationId,
				now.minus(Duration.ofHours(1))) >= MAX_PER_HOUR) {
			throw new UnifiedException("unified.code.tooMany", MAX_PER_HOUR);
		}
		this.codes.supersede(delegationId);
		String code = "%06d".formatted(this.random.nextInt(1_000_000));
		this.codes.save(new SwitchCode(delegationId, action, this.hashes.encode(code), now, now.plus(VALIDITY), actor));
		// Sent inside the transaction: if the provider fails, the code row goes too.
		send(mobile, action, code);
		log.info("Unified payment {} code for delegation {} sent to {} at the request of {}", action, delegationId,
				Masking.phone(mobile), actor);
		return action;
	}

	/**
	 * Checks a code and switches. A wrong code only counts an attempt; after
	 * {@link SwitchCode#MAX_ATTEMPTS} the code is dead. Never throws for a wrong code, so
	 * that the attempt is stored.
	 */
	@Transactional
	Verification verify(Long delegationId, String input, String actor) {
		String entered = (input != null) ? input.strip() : "";
		if (entered.isEmpty()) {
			return Verification.refused("unified.code.required");
		}
		UnifiedSetting setting = this.rows.lock(delegationId, actor);
		Instant now = this.rows.now();
		SwitchCode code = this.codes.findFirstByDelegationIdOrderByCreatedAtDescIdDesc(delegationId).orElse(null);
		if (code == null) {
			return Verification.refused("unified.code.none");
		}
		String dead = code.deadReason(now);
		if (dead != null) {
			return Verification.refused(dead);
		}
		if (!entered.matches("\\d{6}") || !this.hashes.matches(entered, code.getCodeHash())) {
			int left = code.wrongAttempt();
			log.info("Wrong unified payment code for delegation {} by {} ({} attempts left)", delegationId, actor,
					left);
			return (left == 0) ? Verification.refused("unified.code.dead")
					: Verification.refused("unified.code.wrong", left);
		}
		SwitchAction action = code.getAction();
		if (setting.isEnabled() == action.enables()) {
			code.use();
			return Verification.refused("unified.code.stale");
		}
		long waiting = (action == SwitchAction.OFF) ? this.pending.waitingFor(delegationId) : 0;
		if (waiting > 0) {
			// The code stays good: the reviewer may decide the waiting persons and try
			// again.
			return Verification.refused("unified.off.waiting", waiting);
		}
		code.use();
		setting.switchTo(action.enables(), actor, now);
		log.info("Unified payment of delegation {} switched {} by {}", delegationId, action, actor);
		return new Verification(action, null);
	}

	/** The code the delegation may still enter, if any. */
	@Transactional(readOnly = true)
	Optional<SwitchCode> live(Long delegationId) {
		Instant now = this.rows.now();
		return this.codes.findFirstByDelegationIdOrderByCreatedAtDescIdDesc(delegationId)
			.filter((code) -> code.deadReason(now) == null);
	}

	boolean simulated() {
		return this.sms.simulated();
	}

	private void refuseOffWhileWaiting(Long delegationId, SwitchAction action) {
		long waiting = (action == SwitchAction.OFF) ? this.pending.waitingFor(delegationId) : 0;
		if (waiting > 0) {
			throw new UnifiedException("unified.off.waiting", waiting);
		}
	}

	private void send(String mobile, SwitchAction action, String code) {
		String what = action.enables() ? "开启" : "关闭";
		String body = "【展会】您正在" + what + "交易团统付，验证码 " + code + "，" + VALIDITY.toMinutes() + " 分钟内有效。如非本人操作，请忽略。";
		try {
			this.sms.send(mobile.startsWith("+") ? mobile : "+86" + mobile, body);
		}
		catch (Exception ex) {
			// Only the exception's class: a provider's message may contain the number.
			log.warn("Unified payment code could not be sent to {}: {}", Masking.phone(mobile),
					ex.getClass().getSimpleName());
			throw new UnifiedException("unified.sms.failed");
		}
	}

	/**
	 * What a code check did: {@code switched} on success, else the message key (and
	 * arguments) of the refusal.
	 */
	record Verification(SwitchAction switched, String messageKey, Object... arguments) {

		static Verification refused(String messageKey, Object... arguments) {
			return new Verification(null, messageKey, arguments);
		}

		boolean succeeded() {
			return this.switched != null;
		}

	}

}
