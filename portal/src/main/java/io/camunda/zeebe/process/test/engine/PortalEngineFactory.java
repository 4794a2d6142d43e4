package io.camunda.zeebe.process.test.engine;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.AccessMetricsConfiguration;
import io.camunda.zeebe.db.ConsistencyChecksSettings;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.rocksdb.RocksDbConfiguration;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.process.test.engine.db.InMemoryDbFactory;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * fairflow's wiring of the zeebe-process-test engine (8.8.21): by default with its state
 * in RocksDB instead of the in-memory store, whose reads copy whole tables and so slow
 * every step down with every open instance (docs/ARCHITECTURE.md, "The embedded engine's
 * state"); the in-memory store remains the other choice. Either way the gRPC gateway
 * listens on the loopback address only.
 *
 * <p>
 * It lives in this package because most parts it wires are package-private here. It is
 * written against the 8.8.21 constructors on purpose: an engine upgrade that changes them
 * fails to compile, and {@code RocksDbEngineTest} runs a timer, a message and a job
 * through it. The log stays in memory, as in the stock factory, but in a
 * {@link GuardedLogStorage} that may be read while it grows (the stock list may not): the
 * portal bounds it by replacing the engine. Its record stream keeps only the incidents
 * ({@link IncidentRecordSource}), where the stock one copies every record.
 */
public final class PortalEngineFactory {

	private static final int PARTITION = 1;

	private static final int PARTITION_COUNT = 1;

	/**
	 * RocksDB's memory (block cache and write buffers) for the one partition: the
	 * engine's default of 512 MB is sized for a broker, not for a process that also
	 * serves pages.
	 */
	static final long MEMORY_LIMIT_BYTES = 128L * 1024 * 1024;

	private PortalEngineFactory() {
	}

	/**
	 * An engine, not started, with its gRPC gateway on {@code port} and its state in
	 * {@code stateDirectory} (created by RocksDB; deleting it after {@code stop()} is the
	 * caller's).
	 */
	public static ZeebeTestEngine rocksDb(int port, Path stateDirectory) {
		return create(port, database(stateDirectory));
	}

	/** An engine, not started, with its state in the in-memory store. */
	public static ZeebeTestEngine inMemory(int port) {
		return create(port, new InMemoryDbFactory<ZbColumnFamilies>().createDb());
	}

	private static ZeebeTestEngine create(int port, ZeebeDb<ZbColumnFamilies> database) {
		ControlledActorClock clock = new ControlledActorClock();
		ActorScheduler scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
		scheduler.start();
		InMemoryLogStorage logStorage = new GuardedLogStorage();
		LogStream logStream = LogStream.builder()
			.withPartitionId(PARTITION)
			.withLogStorage(logStorage)
			.withClock(clock)
			.withMeterRegistry(new SimpleMeterRegistry())
			.build();
		CommandWriter writer = new CommandWriter(logStream.newLogStreamWriter());
		CommandSender sender = new CommandSender(writer);
		GatewayRequestStore requests = new GatewayRequestStore();
		InMemoryJobStreamer jobStreamer = new InMemoryJobStreamer(writer);
		GrpcToLogStreamGateway gateway = new GrpcToLogStreamGateway(writer, PARTITION, PARTITION_COUNT, port, requests,
				jobStreamer);
		// Only this machine: the engine's gateway has no authentication of its own (the
		// stock factory listens on every interface).
		Server server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
			.addService(gateway)
			.build();
		Consumer<Intent> noIntentListener = null;
		GrpcResponseWriter responses = new GrpcResponseWriter(gateway, requests, noIntentListener);
		StreamProcessor processor = streamProcessor(logStream, database, scheduler, responses, sender, jobStreamer,
				clock);
		EngineStateMonitor monitor = new EngineStateMonitor(logStorage, processor);
		IncidentRecordSource records = new IncidentRecordSource(logStream.newLogStreamReader(), PARTITION);
		return new InMemoryEngine(server, processor, gateway, database, logStream, scheduler, records, clock, monitor);
	}

	private static ZeebeDb<ZbColumnFamilies> database(Path directory) {
		RocksDbConfiguration configuration = new RocksDbConfiguration().setMemoryLimit(MEMORY_LIMIT_BYTES)
			.setWalDisabled(true);
		return new ZeebeRocksDbFactory<ZbColumnFamilies>(configuration, new ConsistencyChecksSettings(),
				new AccessMetricsConfiguration(AccessMetricsConfiguration.Kind.NONE, PARTITION),
				SimpleMeterRegistry::new)
			.createDb(directory.toFile());
	}

	private static StreamProcessor streamProcessor(LogStream logStream, ZeebeDb<ZbColumnFamilies> database,
			ActorScheduler scheduler, GrpcResponseWriter responses, CommandSender sender,
			InMemoryJobStreamer jobStreamer, ControlledActorClock clock) {
		SecurityConfiguration security = new SecurityConfiguration();
		security.getAuthorizations().setEnabled(false);
		Engine engine = new Engine((context) -> EngineProcessors.createEngineProcessors(context, PARTITION_COUNT,
				new SubscriptionCommandSender(context.getPartitionId(), sender), sender, FeatureFlags.createDefault(),
				jobStreamer, SearchClientsProxy.noop(), new BrokerRequestAuthorizationConverter(security)),
				new EngineConfiguration(), security);
		return StreamProcessor.builder()
			.logStream(logStream)
			.zeebeDb(database)
			.commandResponseWriter(responses)
			.partitionCommandSender(sender)
			.recordProcessors(List.of(engine))
			.actorSchedulingService(scheduler)
			.clock(new ControllableStreamClockImpl(clock))
			.meterRegistry(new SimpleMeterRegistry())
			.build();
	}

}
