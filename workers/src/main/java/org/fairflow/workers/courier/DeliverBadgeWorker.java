package org.fairflow.workers.courier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.workers.job.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Job type {@code deliver-badge} ({@code Task_DeliverBadge} of badge-review): ships the
 * produced badge by courier or marks it for on-site pick-up.
 *
 * <p>
 * {@code deliveryMethod} {@code COURIER} ships to the unit's saved address
 * {@code deliveryAddressId}, read through {@link DeliveryAddresses} (the portal's), or,
 * when no such bean exists or no id is given, from the variables
 * {@code deliveryRecipientName}, {@code deliveryPhone} and {@code deliveryAddressLines}
 * (a list of lines). The shipment key is {@code caseId/round}, so a re-run returns the
 * same tracking number. Output: {@code deliveryMethod}, {@code courierName},
 * {@code trackingNumber}, {@code deliveryAddress} (the lines, joined; no phone).
 *
 * <p>
 * A missing {@code deliveryMethod}, or {@code PICK_UP}, is pick-up (the default flow of
 * {@code Gateway_DeliveryMethod}): output {@code deliveryMethod} = {@code PICK_UP} and
 * {@code pickUp} = true. The model has no error boundary on {@code Task_DeliverBadge}, so
 * a courier delivery without a usable address, or an unknown method, fails the job with a
 * message that says what is missing (an incident once retries are used up).
 */
@Component
class DeliverBadgeWorker implements Worker {

	static final String JOB_TYPE = "deliver-badge";

	static final String COURIER = "COURIER";

	static final String PICK_UP = "PICK_UP";

	private static final Logger log = LoggerFactory.getLogger(DeliverBadgeWorker.class);

	private final CourierService courier;

	private final ObjectProvider<DeliveryAddresses> addresses;

	DeliverBadgeWorker(CourierService courier, ObjectProvider<DeliveryAddresses> addresses) {
		this.courier = courier;
		this.addresses = addresses;
	}

	@Override
	public String jobType() {
		return JOB_TYPE;
	}

	@Override
	public Map<String, Object> handle(ActivatedJob job) {
		Input input = job.getVariablesAsType(Input.class);
		if (input.caseId() == null || input.caseId().isBlank()) {
			throw new IllegalStateException(fault(job, "has no variable 'caseId'"));
		}
		String method = (input.deliveryMethod() != null && !input.deliveryMethod().isBlank())
				? input.deliveryMethod().strip().toUpperCase(Locale.ROOT) : PICK_UP;
		Map<String, Object> result = new HashMap<>();
		if (PICK_UP.equals(method)) {
			log.info("Badge of case {} is for on-site pick-up", input.caseId());
			result.put("deliveryMethod", PICK_UP);
			result.put("pickUp", true);
			return result;
		}
		if (!COURIER.equals(method)) {
			throw new IllegalStateException(fault(job, "has an unknown deliveryMethod '" + input.deliveryMethod()
					+ "' (expected " + COURIER + " or " + PICK_UP + ")"));
		}
		DeliveryAddress address = address(input).orElseThrow(() -> new IllegalStateException(fault(job,
				"cannot ship the badge of case " + input.caseId()
						+ " by courier: no delivery address (deliveryAddressId " + input.deliveryAddressId()
						+ " of unit " + input.unitId() + " not found, and no deliveryAddressLines)")));
		int round = (input.round() != null) ? input.round() : 1;
		String contents = "证件 Badge" + ((input.badgeId() != null) ? " " + input.badgeId() : "");
		Shipment shipment = this.courier.ship(new ShipmentRequest(input.caseId() + "/" + round, address.recipientName(),
				address.phone(), address.lines(), contents));
		log.info("Badge of case {} shipped by {}: {}", input.caseId(), shipment.carrier(), shipment.trackingNumber());
		result.put("deliveryMethod", COURIER);
		result.put("courierName", shipment.carrier());
		result.put("trackingNumber", shipment.trackingNumber());
		result.put("deliveryAddress", describe(address));
		return result;
	}

	private Optional<DeliveryAddress> address(Input input) {
		DeliveryAddresses book = this.addresses.getIfAvailable();
		if (book != null && input.deliveryAddressId() != null && !input.deliveryAddressId().isBlank()) {
			Optional<DeliveryAddress> saved = book.find(input.unitId(), input.deliveryAddressId())
				.filter((found) -> !found.lines().isEmpty());
			if (saved.isPresent()) {
				return saved;
			}
		}
		List<String> lines = new ArrayList<>();
		if (input.deliveryAddressLines() != null) {
			input.deliveryAddressLines().stream().filter((line) -> line != null && !line.isBlank()).forEach(lines::add);
		}
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new DeliveryAddress(input.deliveryRecipientName(), input.deliveryPhone(), lines));
	}

	private static String describe(DeliveryAddress address) {
		String lines = String.join(", ", address.lines());
		return (address.recipientName() != null && !address.recipientName().isBlank())
				? address.recipientName() + ", " + lines : lines;
	}

	private static String fault(ActivatedJob job, String what) {
		return "Task " + job.getElementId() + " of " + job.getBpmnProcessId() + " " + what;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Input(String caseId, Integer round, String badgeId, String unitId, String deliveryMethod,
			String deliveryAddressId, String deliveryRecipientName, String deliveryPhone,
			List<String> deliveryAddressLines) {

		@Override
		public String toString() {
			return "Input[caseId=" + this.caseId + ", round=" + this.round + "]";
		}

	}

}
