package org.fairflow.portal.unified;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;
import org.fairflow.workers.notification.Masking;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the /unified page shows a delegation: its switch, its cap and each unit's usage.
 */
@Component
class UnifiedBoards {

	static final int PAGE_SIZE = 20;

	private static final int EXPORT_CHUNK = 500;

	private final Organisations organisations;

	private final UnitDirectory units;

	private final UnifiedSettingRepository settings;

	private final ConfirmationRepository confirmations;

	private final SwitchCodes codes;

	private final PendingConfirmations pending;

	UnifiedBoards(Organisations organisations, UnitDirectory units, UnifiedSettingRepository settings,
			ConfirmationRepository confirmations, SwitchCodes codes, PendingConfirmations pending) {
		this.organisations = organisations;
		this.units = units;
		this.settings = settings;
		this.confirmations = confirmations;
		this.codes = codes;
		this.pending = pending;
	}

	@Transactional(readOnly = true)
	Board board(Organisation delegation, int requestedPage) {
		UnifiedSetting setting = this.settings.findById(delegation.getId()).orElse(null);
		Integer cap = (setting != null) ? setting.getUnitCap() : null;
		List<RegisteredUnit> all = unitsOf(delegation);
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(Math.max(requestedPage, 1), pages);
		List<UnitRow> rows = rows(delegation, cap,
				all.subList((page - 1) * PAGE_SIZE, Math.min(all.size(), page * PAGE_SIZE)));
		LiveCode live = this.codes.live(delegation.getId())
			.map((code) -> new LiveCode(code.getAction(), code.getExpiresAt(),
					SwitchCode.MAX_ATTEMPTS - code.getAttempts()))
			.orElse(null);
		return new Board(delegation, setting != null && setting.isEnabled(), cap,
				(setting != null) ? setting.getUpdatedBy() : null, (setting != null) ? setting.getUpdatedAt() : null,
				Masking.phone(delegation.getMobile()), live, this.pending.waitingFor(delegation.getId()),
				this.codes.simulated(), rows, page, pages);
	}

	/**
	 * Every unit row of the delegation's board (all its pages), in the board's order, a
	 * chunk at a time; called inside the export's read-only transaction.
	 */
	void exportRows(Organisation delegation, Consumer<UnitRow> sink) {
		Integer cap = this.settings.findById(delegation.getId()).map(UnifiedSetting::getUnitCap).orElse(null);
		List<RegisteredUnit> all = unitsOf(delegation);
		for (int from = 0; from < all.size(); from += EXPORT_CHUNK) {
			rows(delegation, cap, all.subList(from, Math.min(all.size(), from + EXPORT_CHUNK))).forEach(sink);
		}
	}

	/** The units registered anywhere in the delegation's subtree, oldest first. */
	private List<RegisteredUnit> unitsOf(Organisation delegation) {
		List<RegisteredUnit> all = new ArrayList<>();
		this.organisations.subtree(delegation.getId()).forEach((orgId) -> all.addAll(this.units.registeredTo(orgId)));
		all.sort(Comparator.comparing(RegisteredUnit::id));
		return all;
	}

	private List<UnitRow> rows(Organisation delegation, Integer cap, List<RegisteredUnit> shown) {
		Map<Long, Long> counts = new HashMap<>();
		if (!shown.isEmpty()) {
			this.confirmations.countByUnit(delegation.getId(), shown.stream().map(RegisteredUnit::id).toList())
				.forEach((row) -> counts.put((Long) row[0], (Long) row[1]));
		}
		return shown.stream()
			.map((unit) -> new UnitRow(unit, CapStatus.of(counts.getOrDefault(unit.id(), 0L), cap)))
			.toList();
	}

	/**
	 * @param mobile the registered mobile, masked; empty when none is registered
	 * @param liveCode the code that may still be entered, or null
	 * @param waiting persons waiting for the delegation's decision
	 * @param simulated true when SMS only go to the log (no provider configured)
	 */
	record Board(Organisation delegation, boolean enabled, Integer cap, String updatedBy, Instant updatedAt,
			String mobile, LiveCode liveCode, long waiting, boolean simulated, List<UnitRow> units, int page,
			int pages) {

		public boolean hasMobile() {
			return !this.mobile.isEmpty();
		}

	}

	record UnitRow(RegisteredUnit unit, CapStatus usage) {
	}

	record LiveCode(SwitchAction action, Instant expiresAt, int attemptsLeft) {
	}

}
