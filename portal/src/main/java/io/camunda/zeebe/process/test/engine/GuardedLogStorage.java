package io.camunda.zeebe.process.test.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The engine's log in memory, safe to read while it is written. zeebe-process-test's
 * {@link InMemoryLogStorage} appends to a plain {@code ArrayList} on the writer's thread
 * while the stream processor and the record source read it on others: when the list
 * grows, a reader can see the new size before the element and gets {@code null}. The
 * bench hit it at 65,761 open cases, some 6.5 million records (the stream processor
 * failed with a NullPointerException in {@code ListLogStorageReader.next}, and the engine
 * stopped processing). Here every access to the list holds its lock. It extends the stock
 * class only because {@code EngineStateMonitor} takes that type; none of its state is
 * used.
 */
final class GuardedLogStorage extends InMemoryLogStorage {

	private final ConcurrentSkipListMap<Long, Integer> indexByPosition = new ConcurrentSkipListMap<>();

	private final List<ByteBuffer> entries = new ArrayList<>();

	private final Set<CommitListener> listeners = ConcurrentHashMap.newKeySet();

	@Override
	public LogStorageReader newReader() {
		return new Reader();
	}

	@Override
	public void append(long lowestPosition, long highestPosition, BufferWriter writer, AppendListener listener) {
		ByteBuffer buffer = ByteBuffer.allocate(writer.getLength());
		writer.write(new UnsafeBuffer(buffer), 0);
		append(lowestPosition, highestPosition, buffer, listener);
	}

	@Override
	public void append(long lowestPosition, long highestPosition, ByteBuffer block, AppendListener listener) {
		int index;
		synchronized (this.entries) {
			this.entries.add(block);
			index = this.entries.size();
		}
		this.indexByPosition.put(lowestPosition, index);
		listener.onWrite(index, highestPosition);
		listener.onCommit(index, highestPosition);
		this.listeners.forEach(CommitListener::onCommit);
	}

	@Override
	public void addCommitListener(CommitListener listener) {
		this.listeners.add(listener);
	}

	@Override
	public void removeCommitListener(CommitListener listener) {
		this.listeners.remove(listener);
	}

	/** How many blocks the log holds. */
	int blocks() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

	private final class Reader implements LogStorageReader {

		private int next;

		@Override
		public void seek(long position) {
			Map.Entry<Long, Integer> below = GuardedLogStorage.this.indexByPosition.lowerEntry(position);
			this.next = (below != null) ? below.getValue() - 1 : 0;
		}

		@Override
		public boolean hasNext() {
			return this.next >= 0 && this.next < blocks();
		}

		@Override
		public DirectBuffer next() {
			ByteBuffer block;
			synchronized (GuardedLogStorage.this.entries) {
				if (this.next < 0 || this.next >= GuardedLogStorage.this.entries.size()) {
					throw new NoSuchElementException();
				}
				block = GuardedLogStorage.this.entries.get(this.next);
			}
			this.next++;
			return new UnsafeBuffer(block);
		}

		@Override
		public void close() {
		}

	}

}
