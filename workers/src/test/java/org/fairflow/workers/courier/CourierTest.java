package org.fairflow.workers.courier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fairflow.workers.job.TestJob;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The worker {@code deliver-badge} and the simulated courier against PostgreSQL (schema
 * workers_test). Every test uses its own case id. Unit 7 has one saved address, "A1".
 */
@SpringBootTest
class CourierTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class AddressBook {

		@Bean
		DeliveryAddresses deliveryAddresses() {
			return (unitId, addressId) -> ("7".equals(unitId) && "A1".equals(addressId))
					? Optional.of(new DeliveryAddress("李四", "+8613912345678", List.of("上海市浦东新区", "展会路 1 号")))
					: Optional.empty();
		}

	}

	@Autowired
	DeliverBadgeWorker worker;

	@Autowired
	CourierService courier;

	@Autowired
	JdbcTemplate jdbc;

	private final String caseId = UUID.randomUUID().toString();

	@Test
	void theSimulationIsTheDefault() {
		assertThat(this.courier).isInstanceOf(SimulatedCourierService.class);
	}

	@Test
	void keepsTheTrackingNumberAcrossRetries() {
		ShipmentRequest request = new ShipmentRequest(this.caseId + "/1", "李四", "+8613912345678", List.of("上海市浦东新区"),
				"证件 Badge");

		Shipment first = this.courier.ship(request);
		Shipment second = this.courier.ship(request);

		assertThat(first.trackingNumber()).matches("SIM\\d{12}");
		assertThat(second).isEqualTo(first);
		assertThat(rows(this.caseId + "/1")).isOne();
	}

	@Test
	void shipsToTheUnitsSavedAddressOncePerRound() {
		Map<String, Object> first = this.worker.handle(courierJob(1).variable("deliveryAddressId", "A1"));
		Map<String, Object> retry = this.worker.handle(courierJob(1).variable("deliveryAddressId", "A1"));

		assertThat(first).containsEntry("deliveryMethod", "COURIER")
			.containsEntry("courierName", SimulatedCourierService.CARRIER)
			.containsEntry("deliveryAddress", "李四, 上海市浦东新区, 展会路 1 号")
			.containsKey("trackingNumber");
		assertThat(first.get("trackingNumber").toString()).startsWith("SIM");
		assertThat(retry).isEqualTo(first);
		assertThat(rows(this.caseId + "/1")).isOne();
		assertThat(this.jdbc.queryForObject("select address from courier_shipment where shipment_key = ?", String.class,
				this.caseId + "/1"))
			.isEqualTo("上海市浦东新区\n展会路 1 号");
	}

	@Test
	void shipsAgainInANewRound() {
		Object first = this.worker.handle(courierJob(1).variable("deliveryAddressId", "A1")).get("trackingNumber");
		Object second = this.worker.handle(courierJob(2).variable("deliveryAddressId", "A1")).get("trackingNumber");

		assertThat(second).isNotEqualTo(first);
		assertThat(rows(this.caseId + "/2")).isOne();
	}

	@Test
	void takesTheAddressFromVariablesWhenNoSavedAddressIsGiven() {
		Map<String, Object> result = this.worker.handle(courierJob(1).variable("deliveryRecipientName", "王五")
			.variable("deliveryPhone", "+8613712345678")
			.variable("deliveryAddressLines", List.of("北京市朝阳区", "  ")));

		assertThat(result).containsEntry("deliveryMethod", "COURIER").containsEntry("deliveryAddress", "王五, 北京市朝阳区");
		assertThat(result.toString()).doesNotContain("13712345678");
	}

	@Test
	void marksThePickUpAndShipsNothing() {
		Map<String, Object> result = this.worker.handle(job(1).variable("deliveryMethod", "PICK_UP"));

		assertThat(result).containsOnly(Map.entry("deliveryMethod", "PICK_UP"), Map.entry("pickUp", true));
		assertThat(rows(this.caseId + "/1")).isZero();
	}

	@Test
	void treatsAMissingMethodAsPickUp() {
		assertThat(this.worker.handle(job(1))).containsEntry("deliveryMethod", "PICK_UP").containsEntry("pickUp", true);
	}

	@Test
	void failsTheJobClearlyWhenACourierHasNoAddress() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.worker.handle(courierJob(1).variable("deliveryAddressId", "A9")))
			.withMessageContaining("Task_DeliverBadge")
			.withMessageContaining("no delivery address")
			.withMessageContaining("A9");
		assertThat(rows(this.caseId + "/1")).isZero();
	}

	@Test
	void failsTheJobOnAnUnknownMethod() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.worker.handle(job(1).variable("deliveryMethod", "DRONE")))
			.withMessageContaining("unknown deliveryMethod 'DRONE'");
	}

	private TestJob courierJob(int round) {
		return job(round).variable("deliveryMethod", "COURIER");
	}

	private TestJob job(int round) {
		return TestJob.of("deliver-badge", "Task_DeliverBadge")
			.variable("caseId", this.caseId)
			.variable("round", round)
			.variable("badgeId", "B-" + this.caseId + "." + round)
			.variable("unitId", "7");
	}

	private int rows(String shipmentKey) {
		return this.jdbc.queryForObject("select count(*) from courier_shipment where shipment_key = ?", Integer.class,
				shipmentKey);
	}

}
