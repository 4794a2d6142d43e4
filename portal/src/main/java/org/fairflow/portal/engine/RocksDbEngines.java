package org.fairflow.portal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.PortalEngineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engines whose state lives in RocksDB, each in a folder of its own under
 * {@code <data-dir>/engine-state}. The state is rebuilt by the resume at every start, so
 * a folder lives only as long as its engine: deleted when the engine stops, and
 * left-overs of a killed process are deleted when the next one starts.
 */
final class RocksDbEngines implements EngineSource {

	private static final Logger log = LoggerFactory.getLogger(RocksDbEngines.class);

	static final String FOLDER = "engine-state";

	/**
	 * Folders of engines running in this JVM (tests run several portals in one), which
	 * the clean-up at start must leave alone.
	 */
	private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

	private final Path root;

	private final Map<ZeebeTestEngine, Path> folders = new ConcurrentHashMap<>();

	RocksDbEngines(Path dataDir) {
		this.root = dataDir.resolve(FOLDER).toAbsolutePath().normalize();
		deleteLeftovers();
	}

	@Override
	public ZeebeTestEngine create(int port) {
		Path folder = this.root.resolve(UUID.randomUUID().toString());
		IN_USE.add(folder);
		try {
			Files.createDirectories(folder);
			ZeebeTestEngine engine = PortalEngineFactory.rocksDb(port, folder);
			this.folders.put(engine, folder);
			return engine;
		}
		catch (IOException | RuntimeException ex) {
			release(folder);
			throw (ex instanceof IOException io) ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
	}

	@Override
	public void stopped(ZeebeTestEngine engine) {
		Path folder = this.folders.remove(engine);
		if (folder != null) {
			release(folder);
		}
	}

	private void release(Path folder) {
		delete(folder);
		IN_USE.remove(folder);
	}

	private void deleteLeftovers() {
		if (!Files.isDirectory(this.root)) {
			return;
		}
		try (Stream<Path> children = Files.list(this.root)) {
			children.filter((child) -> !IN_USE.contains(child)).forEach(RocksDbEngines::delete);
		}
		catch (IOException ex) {
			log.warn("Could not list {} to delete old engine state: {}", this.root, ex.toString());
		}
	}

	private static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not delete engine state {}: {}", folder, ex.toString());
		}
	}

}
