package org.fairflow.workers.meeting;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chooses the online meeting-room provider. Only the simulation exists so far; a real
 * provider (Tencent Meeting, Zoom, ...) will be another value of
 * {@code fairflow.meeting-room.provider}. Days and room windows are the fair's
 * ({@code fairflow.fair.zone}).
 */
@Configuration(proxyBeanMethods = false)
class MeetingConfiguration {

	@Bean
	@ConditionalOnProperty(name = "fairflow.meeting-room.provider", havingValue = "simulated", matchIfMissing = true)
	SimulatedMeetingRoomService simulatedMeetingRoomService(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone, ObjectProvider<Clock> clock) {
		return new SimulatedMeetingRoomService(jdbc, new TransactionTemplate(transactions), zone,
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	OnlineRooms onlineRooms(JdbcTemplate jdbc, MeetingRoomService provider, PlatformTransactionManager transactions,
			@Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone, ObjectProvider<Clock> clock) {
		return new OnlineRooms(jdbc, provider, new TransactionTemplate(transactions), zone,
				clock.getIfAvailable(Clock::systemUTC));
	}

}
