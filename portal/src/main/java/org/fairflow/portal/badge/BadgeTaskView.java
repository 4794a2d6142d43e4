package org.fairflow.portal.badge;

import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.tasks.FlowView;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.stereotype.Component;

/**
 * A person inside the badge tasks: the delegation's unified-payment confirmation and the
 * organiser's decision on an unanswered security check. Document number and mobile stay
 * masked here too.
 */
@Component
class BadgeTaskView implements FlowView {

	private final PersonRepository persons;

	private final PersonPhotoRepository photos;

	private final UnitDirectory units;

	BadgeTaskView(PersonRepository persons, PersonPhotoRepository photos, UnitDirectory units) {
		this.persons = persons;
		this.photos = photos;
		this.units = units;
	}

	@Override
	public String flow() {
		return BadgeApplications.FLOW;
	}

	@Override
	public Set<String> formKeys() {
		return Set.of("badge-payment-confirmation", "badge-security-review");
	}

	@Override
	public String template() {
		return "badge/details";
	}

	@Override
	public Map<String, Object> model(String businessKey, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		parse(businessKey).flatMap(this.persons::findById).ifPresent((person) -> {
			model.put("person", person);
			model.put("personUnit", this.units.findById(person.getUnitId()).orElse(null));
			this.photos.findById(person.getId())
				.ifPresent((photo) -> model.put("personPhoto",
						"data:image/jpeg;base64," + Base64.getEncoder().encodeToString(photo.getContent())));
		});
		return model;
	}

	@Override
	public Map<String, Object> onDecision(String caseId, String businessKey, int round, String decision,
			Map<String, String> parameters, PortalUser user) {
		return Map.of();
	}

	private static java.util.Optional<Long> parse(String key) {
		try {
			return java.util.Optional.of(Long.valueOf(key));
		}
		catch (NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

}
