package org.fairflow.workers.courier;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedCourierServiceTest {

	@Test
	void derivesAStableTrackingNumberFromTheKey() {
		assertThat(SimulatedCourierService.trackingNumber("case-1/1")).matches("SIM\\d{12}")
			.isEqualTo(SimulatedCourierService.trackingNumber("case-1/1"))
			.isNotEqualTo(SimulatedCourierService.trackingNumber("case-1/2"));
	}

	@Test
	void masksThePhoneInTheRequestsText() {
		ShipmentRequest request = new ShipmentRequest("c/1", "李四", "+8613912345678", List.of("上海市"), "证件 Badge");

		assertThat(request.toString()).doesNotContain("13912345678", "上海市").contains("+86139****5678");
	}

}
