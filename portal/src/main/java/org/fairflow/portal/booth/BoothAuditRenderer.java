package org.fairflow.portal.booth;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.fairflow.portal.exhibit.ExhibitAuditRenderer;
import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemStatus;
import org.fairflow.portal.tasks.DecisionException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booth in its audit task: the pending revision (images, video players, tags,
 * contact) and, for a booth approved before, which fields changed since.
 */
@Component
class BoothAuditRenderer implements ExhibitAuditRenderer {

	private final BoothRepository booths;

	private final BoothRevisions revisions;

	BoothAuditRenderer(BoothRepository booths, BoothRevisions revisions) {
		this.booths = booths;
		this.revisions = revisions;
	}

	@Override
	public ItemKind kind() {
		return ItemKind.BOOTH;
	}

	@Override
	public String template() {
		return "booth/audit";
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Pending> pending(long itemId, Locale locale) {
		return this.booths.findById(itemId)
			.flatMap((booth) -> this.revisions.content(booth.getPendingRevisionId()).map((content) -> {
				BoothContent before = this.revisions.content(booth.getApprovedRevisionId()).orElse(null);
				return new Pending(content.revisionId(), Map.of("booth", content, "boothChanged",
						changes(before, content), "boothReaudit", before != null));
			}));
	}

	@Override
	@Transactional
	public void startDecision(long itemId, long revisionId) {
		Booth booth = this.booths.lockById(itemId).orElseThrow(() -> new DecisionException("exhibit.audit.unknown"));
		if (booth.getStatus() != ItemStatus.AWAITING_AUDIT
				|| !Long.valueOf(revisionId).equals(booth.getPendingRevisionId())) {
			throw new DecisionException("exhibit.audit.changed");
		}
		booth.underAudit();
	}

	/** The fields (form names) whose content differs from the approved revision. */
	static Set<String> changes(BoothContent before, BoothContent now) {
		Set<String> changed = new LinkedHashSet<>();
		if (before == null) {
			return changed;
		}
		diff(changed, "name", before.name(), now.name());
		diff(changed, "logo", before.logoMediaId(), now.logoMediaId());
		diff(changed, "website", before.website(), now.website());
		diff(changed, "introduction", before.introduction(), now.introduction());
		diff(changed, "mainBusiness", before.mainBusiness(), now.mainBusiness());
		diff(changed, "images", before.imageIds(), now.imageIds());
		diff(changed, "videos", before.videoIds(), now.videoIds());
		diff(changed, "tags", before.tags(), now.tags());
		diff(changed, "zone", before.zone(), now.zone());
		diff(changed, "boothNumber", before.boothNumber(), now.boothNumber());
		diff(changed, "contactName", before.contactName(), now.contactName());
		diff(changed, "contactPhone", before.contactPhone(), now.contactPhone());
		diff(changed, "contactEmail", before.contactEmail(), now.contactEmail());
		diff(changed, "showContact", before.showContact(), now.showContact());
		return changed;
	}

	private static void diff(Set<String> changed, String field, Object before, Object now) {
		if (!Objects.equals(before, now)) {
			changed.add(field);
		}
	}

}
