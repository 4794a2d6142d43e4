package org.fairflow.portal.badge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.workers.courier.DeliveryAddress;
import org.fairflow.workers.courier.DeliveryAddresses;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The port the {@code deliver-badge} worker reads addresses through, and the limits under
 * concurrent adds.
 */
@PortalTest
class UnitAddressesTest {

	@Autowired
	DeliveryAddresses deliveryAddresses;

	@Autowired
	UnitAddresses addresses;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void theBeanIsThePortalsAddressBook() {
		assertThat(this.deliveryAddresses).isInstanceOf(UnitAddresses.class);
	}

	@Test
	void findReturnsTheUnitsOwnAddressAndEmptyForAnotherUnit() {
		PortalUser own = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		PortalUser other = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		Long id = this.addresses.add(own.unitId(), form("王收件")).getId();

		DeliveryAddress address = this.deliveryAddresses.find(own.unitId().toString(), id.toString()).orElseThrow();
		assertThat(address.recipientName()).isEqualTo("王收件");
		assertThat(address.phone()).isEqualTo("13812345678");
		assertThat(address.lines()).containsExactly("上海市 上海市 浦东新区", "世纪大道 100 号", "200120");

		assertThat(this.deliveryAddresses.find(other.unitId().toString(), id.toString())).isEmpty();
		assertThat(this.deliveryAddresses.find(own.unitId().toString(), "999999999")).isEmpty();
		assertThat(this.deliveryAddresses.find(own.unitId().toString(), "A1")).isEmpty();
		assertThat(this.deliveryAddresses.find(null, id.toString())).isEmpty();
		assertThat(this.deliveryAddresses.find(own.unitId().toString(), null)).isEmpty();
	}

	@Test
	void concurrentAddsNeverStoreMoreThanFiveOrMoreThanOneDefault() throws Exception {
		PortalUser unit = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		int attempts = 8;
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		try {
			List<Callable<Boolean>> tasks = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				String name = "收件人" + i;
				tasks.add(() -> {
					try {
						this.addresses.add(unit.unitId(), form(name));
						return true;
					}
					catch (AddressException ex) {
						assertThat(ex.getMessage()).isEqualTo("badge.address.full");
						return false;
					}
				});
			}
			int stored = 0;
			for (Future<Boolean> result : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
				stored += result.get() ? 1 : 0;
			}
			assertThat(stored).isEqualTo(UnitAddresses.MAX_PER_UNIT);
		}
		finally {
			pool.shutdownNow();
		}
		Map<String, Object> counts = this.jdbc
			.queryForMap("select count(*) as total," + " sum(case when is_default then 1 else 0 end) as defaults"
					+ " from badge_delivery_address where unit_id = ?", unit.unitId());
		assertThat(((Number) counts.get("total")).intValue()).isEqualTo(UnitAddresses.MAX_PER_UNIT);
		assertThat(((Number) counts.get("defaults")).intValue()).isEqualTo(1);
	}

	static AddressForm form(String recipient) {
		AddressForm form = new AddressForm();
		DeliveryAddressPagesWebTest.fields(recipient).forEach((field, value) -> {
			switch (field) {
				case "recipientName" -> form.setRecipientName(value);
				case "mobile" -> form.setMobile(value);
				case "province" -> form.setProvince(value);
				case "city" -> form.setCity(value);
				case "district" -> form.setDistrict(value);
				case "street" -> form.setStreet(value);
				case "postcode" -> form.setPostcode(value);
				default -> throw new IllegalArgumentException(field);
			}
		});
		return form;
	}

}
