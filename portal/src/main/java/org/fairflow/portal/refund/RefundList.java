package org.fairflow.portal.refund;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fairflow.portal.export.Pages;
import org.fairflow.workers.invoice.RedLetterView;
import org.fairflow.workers.invoice.RedLetters;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's refunds, newest first, with their persons and red-letter state. */
@Service
class RefundList {

	static final int PAGE_SIZE = 10;

	private static final int EXPORT_PAGE = 500;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "requestedAt", "id");

	private final RefundRepository refunds;

	private final RefundLineRepository lines;

	private final RedLetters redLetters;

	RefundList(RefundRepository refunds, RefundLineRepository lines, RedLetters redLetters) {
		this.refunds = refunds;
		this.lines = lines;
		this.redLetters = redLetters;
	}

	/**
	 * One row of the list; {@code redLetterState} is null without a red-letter invoice.
	 */
	record Row(Refund refund, List<RefundLine> lines, String redLetterState) {

		public String persons() {
			return this.lines.stream().map(RefundLine::getPersonName).collect(Collectors.joining("、"));
		}

	}

	@Transactional(readOnly = true)
	Page<Row> of(Long unitId, int page) {
		return rows(this.refunds.findByUnitId(unitId, newestFirst(page)));
	}

	/**
	 * Every unit's refunds, for finance; in one state, or all when {@code state} is null.
	 */
	@Transactional(readOnly = true)
	Page<Row> all(Refund.State state, int page) {
		return rows((state != null) ? this.refunds.findByState(state, newestFirst(page))
				: this.refunds.findAll(newestFirst(page)));
	}

	/**
	 * Every refund of finance's list in this state (all when null), newest first, a page
	 * at a time; called inside the export's read-only transaction.
	 */
	void export(Refund.State state, Consumer<Row> sink) {
		export((request) -> (state != null) ? this.refunds.findByState(state, request) : this.refunds.findAll(request),
				sink);
	}

	/**
	 * Every refund of the unit's own list, as {@link #export(Refund.State, Consumer)}.
	 */
	void exportOf(Long unitId, Consumer<Row> sink) {
		export((request) -> this.refunds.findByUnitId(unitId, request), sink);
	}

	private void export(Function<PageRequest, Page<Refund>> finder, Consumer<Row> sink) {
		Pages.each((number) -> rows(finder.apply(PageRequest.of(number, EXPORT_PAGE, NEWEST_FIRST))), sink);
	}

	private static PageRequest newestFirst(int page) {
		return PageRequest.of(Math.max(0, page), PAGE_SIZE, NEWEST_FIRST);
	}

	private Page<Row> rows(Page<Refund> refunds) {
		List<Long> ids = refunds.map(Refund::getId).toList();
		Map<Long, List<RefundLine>> byRefund = ids.isEmpty() ? Map.of()
				: this.lines.findByRefundIdInOrderByIdAsc(ids)
					.stream()
					.collect(Collectors.groupingBy(RefundLine::getRefundId));
		return new PageImpl<>(refunds.stream()
			.map((r) -> new Row(r, byRefund.getOrDefault(r.getId(), List.of()),
					(r.getInvoiceNumber() == null) ? null
							: this.redLetters.find(r.reference()).map(RedLetterView::state).orElse(null)))
			.toList(), refunds.getPageable(), refunds.getTotalElements());
	}

}
