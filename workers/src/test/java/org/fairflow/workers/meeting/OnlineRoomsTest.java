package org.fairflow.workers.meeting;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.fairflow.workers.job.BusinessError;
import org.fairflow.workers.job.TestJob;
import org.fairflow.workers.meeting.OnlineRoomRefusedException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Online rooms: {@link OnlineRooms}, the simulated provider and the
 * {@code open-online-room} worker, against PostgreSQL (the workers test schema). The
 * provider is the simulation behind a wrapper that counts calls and can lose an answer;
 * every test uses its own reference.
 */
@SpringBootTest
class OnlineRoomsTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 10:00-12:00 in Shanghai on 6 November 2027. */
	private static final Instant START = Instant.parse("2027-11-06T02:00:00Z");

	private static final Instant END = Instant.parse("2027-11-06T04:00:00Z");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final String reference = "meeting-" + UUID.randomUUID();

	private SimulatedMeetingRoomService simulation;

	private WatchedProvider provider;

	private OnlineRooms rooms;

	@BeforeEach
	void build() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		this.simulation = new SimulatedMeetingRoomService(this.jdbc, transaction, SHANGHAI, Clock.systemUTC());
		this.provider = new WatchedProvider(this.simulation);
		this.rooms = new OnlineRooms(this.jdbc, this.provider, transaction, SHANGHAI, Clock.systemUTC());
	}

	@Test
	void opensARoomWithATenDigitNumberAndSixDigitPasswordAndHostKey() {
		OnlineRoomView room = this.rooms.open(request(30));

		assertThat(room.isOpen()).isTrue();
		assertThat(room.reference()).isEqualTo(this.reference);
		assertThat(room.meetingNumber()).matches("[1-9]\\d{9}");
		assertThat(room.password()).matches("\\d{6}");
		assertThat(room.hostKey()).matches("\\d{6}");
		assertThat(room.joinUrl()).isEqualTo("/simulated/meeting-room/" + room.meetingNumber());
		assertThat(room.opensAt()).isEqualTo(Instant.parse("2027-11-06T00:00:00Z"));
		assertThat(room.closesAt()).isEqualTo(Instant.parse("2027-11-06T16:00:00Z"));
		assertThat(room.toString()).doesNotContain(room.password()).doesNotContain(room.hostKey());
		assertThat(this.rooms.find(this.reference)).contains(room);
		assertThat(this.simulation.find(this.reference)).map(OnlineRoom::meetingNumber).contains(room.meetingNumber());
		assertThat(simulatedRooms()).isOne();
	}

	@Test
	void anOpenRoomIsFoundByItsMeetingNumberAndNoOtherNumberFindsIt() {
		OnlineRoomView room = this.rooms.open(request(30));

		assertThat(this.rooms.findByMeetingNumber(room.meetingNumber())).contains(room);
		String other = room.meetingNumber().endsWith("0") ? room.meetingNumber().substring(0, 9) + "1"
				: room.meetingNumber().substring(0, 9) + "0";
		assertThat(this.rooms.findByMeetingNumber(other)).isEmpty();
	}

	@Test
	void aRepeatedOpenReturnsTheRecordedRoomWithoutAskingTheProviderAgain() {
		OnlineRoomView first = this.rooms.open(request(30));
		OnlineRoomView again = this.rooms.open(request(30));

		assertThat(again).isEqualTo(first);
		assertThat(this.provider.opens).hasValue(1);
		assertThat(this.provider.finds).hasValue(0);
		assertThat(this.simulation.open(request(30)).meetingNumber()).isEqualTo(first.meetingNumber());
		assertThat(simulatedRooms()).isOne();
	}

	@Test
	void meetingNumbersDifferBetweenBookings() {
		String first = this.rooms.open(request(30)).meetingNumber();
		String second = this.rooms.open(new OnlineRoomRequest(this.reference + "-b", "数字贸易论坛", START, END, 30))
			.meetingNumber();

		assertThat(second).isNotEqualTo(first);
	}

	@Test
	void refusesMoreThanAHundredParticipantsAndRecordsNothing() {
		assertThatExceptionOfType(OnlineRoomRefusedException.class).isThrownBy(() -> this.rooms.open(request(101)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.CAPACITY));

		assertThat(this.rooms.find(this.reference)).isEmpty();
		assertThat(simulatedRooms()).isZero();
		assertThat(this.rooms.open(request(100)).isOpen()).isTrue();
	}

	@Test
	void refusesTheFiveHundredAndFirstRoomOfADay() {
		LocalDate day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
		Instant start = day.atTime(10, 0).atZone(SHANGHAI).toInstant();
		this.jdbc.update("insert into simulated_meeting_day (fair_day, rooms) values (?, 499)", Date.valueOf(day));

		OnlineRoomView last = this.rooms
			.open(new OnlineRoomRequest(this.reference, "Last", start, start.plusSeconds(3600), 10));
		assertThat(last.isOpen()).isTrue();

		String next = this.reference + "-next";
		assertThatExceptionOfType(OnlineRoomRefusedException.class)
			.isThrownBy(() -> this.rooms.open(new OnlineRoomRequest(next, "Next", start, start.plusSeconds(3600), 10)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.DAY_FULL));
		assertThat(this.rooms.find(next)).isEmpty();
		// The day in the fair's zone: 01:00 in Shanghai the next day is another day.
		Instant nextDay = day.plusDays(1).atTime(1, 0).atZone(SHANGHAI).toInstant();
		assertThat(
				this.rooms.open(new OnlineRoomRequest(next, "Next", nextDay, nextDay.plusSeconds(3600), 10)).isOpen())
			.isTrue();
	}

	@Test
	void refusesAReferenceReusedForAnotherMeeting() {
		this.rooms.open(request(30));

		assertThatExceptionOfType(OnlineRoomRefusedException.class).isThrownBy(() -> this.rooms.open(request(31)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.REFERENCE_REUSED));
		assertThatExceptionOfType(OnlineRoomRefusedException.class)
			.isThrownBy(
					() -> this.simulation.open(new OnlineRoomRequest(this.reference, "Another topic", START, END, 30)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.REFERENCE_REUSED));
		assertThat(simulatedRooms()).isOne();
	}

	@Test
	void aLostAnswerIsReconciledWithTheProvidersRecordsAndOpensNothingTwice() {
		this.provider.loseNextAnswer.set(true);
		assertThatIllegalStateException().isThrownBy(() -> this.rooms.open(request(30)))
			.withMessageContaining("read timed out");
		assertThat(this.rooms.find(this.reference)).hasValueSatisfying((room) -> {
			assertThat(room.state()).isEqualTo("ATTEMPTING");
			assertThat(room.isOpen()).isFalse();
			assertThat(room.meetingNumber()).isNull();
		});
		assertThat(this.jdbc.queryForObject("select last_error from online_room where reference = ?", String.class,
				this.reference))
			.contains("read timed out");

		OnlineRoomView room = this.rooms.open(request(30));

		assertThat(room.isOpen()).isTrue();
		assertThat(room.meetingNumber()).isEqualTo(this.simulation.find(this.reference).orElseThrow().meetingNumber());
		assertThat(this.provider.opens).hasValue(1);
		assertThat(this.provider.finds).hasValue(1);
		assertThat(this.jdbc.queryForMap("select reconciled, attempts, last_error from online_room where reference = ?",
				this.reference))
			.containsEntry("reconciled", true)
			.containsEntry("attempts", 1)
			.containsEntry("last_error", null);
		assertThat(simulatedRooms()).isOne();
	}

	@Test
	void aCallThatNeverReachedTheProviderIsMadeAgainAfterAsking() {
		this.provider.failBeforeNextCall.set(true);
		assertThatIllegalStateException().isThrownBy(() -> this.rooms.open(request(30)))
			.withMessageContaining("connection refused");

		OnlineRoomView room = this.rooms.open(request(30));

		assertThat(room.isOpen()).isTrue();
		assertThat(this.provider.finds).hasValue(1);
		assertThat(this.provider.opens).hasValue(1);
		assertThat(this.jdbc.queryForMap("select reconciled, attempts from online_room where reference = ?",
				this.reference))
			.containsEntry("reconciled", false)
			.containsEntry("attempts", 2);
		assertThat(simulatedRooms()).isOne();
	}

	@Test
	void twoConcurrentOpensOfOneBookingMakeOneProviderCallAndOneRoom() throws Exception {
		CountDownLatch inProvider = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		this.provider.holdNextCall(inProvider, release);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<OnlineRoomView> first = threads.submit(() -> this.rooms.open(request(30)));
			assertThat(inProvider.await(30, TimeUnit.SECONDS)).isTrue();
			Future<OnlineRoomView> second = threads.submit(() -> this.rooms.open(request(30)));
			while (!this.rooms.waiting(this.reference)) {
				Thread.onSpinWait();
			}
			release.countDown();

			OnlineRoomView one = first.get(30, TimeUnit.SECONDS);
			OnlineRoomView other = second.get(30, TimeUnit.SECONDS);

			assertThat(other).isEqualTo(one);
			assertThat(this.provider.opens).hasValue(1);
			assertThat(simulatedRooms()).isOne();
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	@Test
	void theWorkerReturnsTheRoomAndItsWindow() {
		Map<String, Object> output = new OpenOnlineRoomWorker(this.rooms).handle(job(30));

		OnlineRoomView room = this.rooms.find(this.reference).orElseThrow();
		assertThat(output).containsOnlyKeys("meetingNumber", "meetingPassword", "hostKey", "joinUrl", "roomOpensAt",
				"roomClosesAt");
		assertThat(output).containsEntry("meetingNumber", room.meetingNumber())
			.containsEntry("meetingPassword", room.password())
			.containsEntry("hostKey", room.hostKey())
			.containsEntry("joinUrl", room.joinUrl())
			.containsEntry("roomOpensAt", "2027-11-06T00:00:00Z")
			.containsEntry("roomClosesAt", "2027-11-06T16:00:00Z");
		assertThat(new OpenOnlineRoomWorker(this.rooms).handle(job(30))).isEqualTo(output);
		assertThat(this.provider.opens).hasValue(1);
	}

	@Test
	void theWorkerTurnsARefusalIntoABpmnErrorAndAModelFaultIntoAFailedJob() {
		assertThatExceptionOfType(BusinessError.class)
			.isThrownBy(() -> new OpenOnlineRoomWorker(this.rooms).handle(job(150)))
			.satisfies((error) -> {
				assertThat(error.errorCode()).isEqualTo(OpenOnlineRoomWorker.REFUSED);
				assertThat(error.getMessage()).startsWith("CAPACITY: ");
			});

		assertThatIllegalStateException()
			.isThrownBy(() -> new OpenOnlineRoomWorker(this.rooms).handle(job(30).variable("meetingStart", null)))
			.withMessageContaining("meetingStart");
		assertThatIllegalStateException().isThrownBy(
				() -> new OpenOnlineRoomWorker(this.rooms).handle(job(30).variable("meetingEnd", "2027-11-06 12:00")))
			.withMessageContaining("meetingEnd");
		assertThatIllegalStateException()
			.isThrownBy(() -> new OpenOnlineRoomWorker(this.rooms)
				.handle(job(30).variable("meetingEnd", START.minusSeconds(60).toString())))
			.withMessageContaining("start before its end");
		assertThat(this.rooms.find(this.reference)).isEmpty();
		assertThat(this.provider.opens).hasValue(1);
	}

	private OnlineRoomRequest request(int capacity) {
		return new OnlineRoomRequest(this.reference, "数字贸易论坛", START, END, capacity);
	}

	private TestJob job(int attendance) {
		return TestJob.of(OpenOnlineRoomWorker.JOB_TYPE, "Task_OpenOnlineRoom")
			.variable("caseId", "42")
			.variable("meetingRef", this.reference)
			.variable("meetingName", "数字贸易论坛")
			.variable("meetingStart", START.toString())
			.variable("meetingEnd", END.toString())
			.variable("plannedAttendance", attendance);
	}

	private int simulatedRooms() {
		return this.jdbc.queryForObject("select count(*) from simulated_meeting_room where reference = ?",
				Integer.class, this.reference);
	}

	/**
	 * The simulation, counting calls; it can lose the answer of a call that opened a
	 * room, fail a call before it reaches the provider, or hold a call until released.
	 */
	static final class WatchedProvider implements MeetingRoomService {

		final AtomicInteger opens = new AtomicInteger();

		final AtomicInteger finds = new AtomicInteger();

		final AtomicReference<Boolean> loseNextAnswer = new AtomicReference<>(false);

		final AtomicReference<Boolean> failBeforeNextCall = new AtomicReference<>(false);

		private final AtomicReference<CountDownLatch[]> hold = new AtomicReference<>();

		private final MeetingRoomService delegate;

		WatchedProvider(MeetingRoomService delegate) {
			this.delegate = delegate;
		}

		void holdNextCall(CountDownLatch inProvider, CountDownLatch release) {
			this.hold.set(new CountDownLatch[] { inProvider, release });
		}

		@Override
		public OnlineRoom open(OnlineRoomRequest request) {
			if (this.failBeforeNextCall.getAndSet(false)) {
				throw new IllegalStateException("connection refused");
			}
			this.opens.incrementAndGet();
			CountDownLatch[] latches = this.hold.getAndSet(null);
			if (latches != null) {
				latches[0].countDown();
				try {
					latches[1].await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			OnlineRoom room = this.delegate.open(request);
			if (this.loseNextAnswer.getAndSet(false)) {
				throw new IllegalStateException("read timed out");
			}
			return room;
		}

		@Override
		public Optional<OnlineRoom> find(String reference) {
			this.finds.incrementAndGet();
			return this.delegate.find(reference);
		}

	}

}
