package org.fairflow.portal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.stream.IntStream;

import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A replaced engine is a new state: a new epoch, and a record stream read from its start,
 * not from where the old one's reading stopped.
 */
class RecyclableEngineTest {

	private final Queue<ZeebeTestEngine> engines = new ArrayDeque<>();

	private final List<Integer> ports = new ArrayList<>();

	private final List<ZeebeTestEngine> stopped = new ArrayList<>();

	private final RecyclableEngine engine = new RecyclableEngine(26600, new EngineSource() {

		@Override
		public ZeebeTestEngine create(int port) {
			RecyclableEngineTest.this.ports.add(port);
			return RecyclableEngineTest.this.engines.remove();
		}

		@Override
		public void stopped(ZeebeTestEngine engine) {
			RecyclableEngineTest.this.stopped.add(engine);
		}

	});

	@Test
	void aReplacedEngineStopsTheOldOneAndStartsAFreshOneOnTheSamePortWithANewEpoch() {
		ZeebeTestEngine first = engineWith(List.of());
		ZeebeTestEngine second = engineWith(List.of());
		this.engine.start();
		String before = this.engine.generation().epoch();

		this.engine.replace();

		verify(first).stop();
		assertThat(this.stopped).as("its state folder is freed").containsExactly(first);
		verify(second).start();
		assertThat(this.ports).containsExactly(26600, 26600);
		assertThat(this.engine.generation().engine()).isSameAs(second);
		assertThat(this.engine.generation().epoch()).isNotEqualTo(before).startsWith("embedded-");
	}

	@Test
	void incidentsOfAReplacedEngineAreReadFromItsFirstRecord() {
		engineWith(IntStream.range(0, 50).<Record<?>>mapToObj((i) -> jobCreated()).toList());
		engineWith(List.of(incidentCreated(), jobCreated()));
		this.engine.start();
		EngineGateway gateway = gateway();
		EngineGateway.IncidentBatch old = gateway.incidentsFrom(null, 0);
		assertThat(old.next()).isEqualTo(50);

		this.engine.replace();
		EngineGateway.IncidentBatch fresh = gateway.incidentsFrom(old.epoch(), old.next());

		assertThat(fresh.epoch()).isNotEqualTo(old.epoch()).isEqualTo(this.engine.generation().epoch());
		assertThat(fresh.events()).singleElement().satisfies((event) -> assertThat(event.key()).isEqualTo(7L));
		assertThat(fresh.next()).isEqualTo(2);
		assertThat(this.engine.recordCount()).isEqualTo(2);
	}

	@Test
	void theBoundCountsOnlyWhatIsWrittenAfterTheOpenCasesAreResumed() {
		List<Record<?>> firstRecords = new ArrayList<>();
		List<Record<?>> secondRecords = new ArrayList<>();
		engineWith(firstRecords);
		engineWith(secondRecords);
		this.engine.start();
		IntStream.range(0, 30).forEach((i) -> firstRecords.add(jobCreated()));
		this.engine.markResumed();
		assertThat(this.engine.recordsAtResume()).isEqualTo(30);
		assertThat(this.engine.recordsSinceResume()).isZero();

		IntStream.range(0, 5).forEach((i) -> firstRecords.add(jobCreated()));
		assertThat(this.engine.recordsSinceResume()).isEqualTo(5);

		this.engine.replace();
		IntStream.range(0, 12).forEach((i) -> secondRecords.add(jobCreated()));
		assertThat(this.engine.recordsSinceResume()).as("a fresh engine counts from its start until resumed")
			.isEqualTo(12);
		this.engine.markResumed();
		assertThat(this.engine.recordsSinceResume()).isZero();
	}

	private EngineGateway gateway() {
		var beans = new StaticListableBeanFactory();
		beans.addBean("engine", this.engine);
		var provider = beans.getBeanProvider(RecyclableEngine.class);
		EngineProperties properties = new EngineProperties(true, 26600, "cluster", 1, 0,
				java.time.Duration.ofMinutes(1), EngineProperties.StateStore.MEMORY);
		return new EngineGateway(null, new EngineEpoch(properties, provider), provider);
	}

	private ZeebeTestEngine engineWith(List<Record<?>> records) {
		ZeebeTestEngine mock = mock(ZeebeTestEngine.class);
		RecordStreamSource stream = mock(RecordStreamSource.class);
		when(stream.getRecords()).thenReturn(records);
		when(mock.getRecordStreamSource()).thenReturn(stream);
		this.engines.add(mock);
		return mock;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Record<?> jobCreated() {
		Record record = mock(Record.class);
		when(record.getValueType()).thenReturn(ValueType.JOB);
		when(record.getRecordType()).thenReturn(RecordType.EVENT);
		when(record.getIntent()).thenReturn(JobIntent.CREATED);
		return record;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Record<?> incidentCreated() {
		IncidentRecordValue value = mock(IncidentRecordValue.class);
		when(value.getElementId()).thenReturn("Task_Rule");
		Record record = mock(Record.class);
		when(record.getValueType()).thenReturn(ValueType.INCIDENT);
		when(record.getRecordType()).thenReturn(RecordType.EVENT);
		when(record.getIntent()).thenReturn(IncidentIntent.CREATED);
		when(record.getKey()).thenReturn(7L);
		when(record.getValue()).thenReturn(value);
		return record;
	}

}
