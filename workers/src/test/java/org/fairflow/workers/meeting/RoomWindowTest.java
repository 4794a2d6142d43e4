package org.fairflow.workers.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoomWindowTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void aMeetingAtTenInShanghaiOpensAtEightAndClosesAtMidnightThatDay() {
		// 10:00 in Shanghai is 02:00 UTC.
		RoomWindow window = RoomWindow.of(Instant.parse("2027-11-06T02:00:00Z"), SHANGHAI);

		assertThat(window.opensAt()).isEqualTo(Instant.parse("2027-11-06T00:00:00Z"));
		assertThat(window.closesAt()).isEqualTo(Instant.parse("2027-11-06T16:00:00Z"));
		assertThat(window.isOpen(Instant.parse("2027-11-05T23:59:59Z"))).isFalse();
		assertThat(window.isOpen(window.opensAt())).isTrue();
		assertThat(window.isOpen(Instant.parse("2027-11-06T15:59:59Z"))).isTrue();
		assertThat(window.isOpen(window.closesAt())).isFalse();
	}

	@Test
	void aMeetingStartingAtElevenAtNightClosesAtMidnightOfItsDay() {
		// 23:00 in Shanghai on 6 November is 15:00 UTC.
		RoomWindow window = RoomWindow.of(Instant.parse("2027-11-06T15:00:00Z"), SHANGHAI);

		assertThat(window.opensAt()).isEqualTo(Instant.parse("2027-11-06T13:00:00Z"));
		assertThat(window.closesAt()).isEqualTo(Instant.parse("2027-11-06T16:00:00Z"));
	}

	@Test
	void usesTheFairsZoneNotTheServers() {
		TimeZone server = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
		try {
			// 01:00 on 7 November in Shanghai, still 6 November in UTC and in Los
			// Angeles.
			RoomWindow window = RoomWindow.of(Instant.parse("2027-11-06T17:00:00Z"), SHANGHAI);

			assertThat(window.opensAt()).isEqualTo(Instant.parse("2027-11-06T15:00:00Z"));
			assertThat(window.closesAt()).isEqualTo(Instant.parse("2027-11-07T16:00:00Z"));

			RoomWindow berlin = RoomWindow.of(Instant.parse("2027-11-06T17:00:00Z"), ZoneId.of("Europe/Berlin"));
			assertThat(berlin.closesAt()).isEqualTo(Instant.parse("2027-11-06T23:00:00Z"));
		}
		finally {
			TimeZone.setDefault(server);
		}
	}

}
