package io.camunda.zeebe.process.test.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log is read while it is written, from other threads, as the stream processor and
 * the record source do: every block a reader gets is the one written, never {@code null},
 * also while the list behind it grows. The stock {@link InMemoryLogStorage} fails this
 * test (a reader meets a {@code null} block within a few hundred thousand appends).
 */
class GuardedLogStorageTest {

	private static final int BLOCKS = 2_000_000;

	@Test
	void readersFollowingTheWriterGetEveryBlockInOrder() throws Exception {
		assertThat(followWriter(GuardedLogStorage::new)).isEqualTo(BLOCKS);
	}

	@Test
	void aReaderSeeksToTheBlockHoldingAPosition() {
		GuardedLogStorage log = new GuardedLogStorage();
		log.append(1, 10, block(1), new NoListener());
		log.append(11, 20, block(2), new NoListener());
		log.append(21, 30, block(3), new NoListener());
		LogStorageReader reader = log.newReader();

		reader.seek(15);

		assertThat(reader.next().getInt(0, ByteOrder.BIG_ENDIAN)).isEqualTo(2);
		assertThat(reader.next().getInt(0, ByteOrder.BIG_ENDIAN)).isEqualTo(3);
		assertThat(reader.hasNext()).isFalse();
	}

	/** Blocks read in order by a reader that follows one writer; fails on a bad block. */
	static int followWriter(Supplier<LogStorage> storage) throws Exception {
		LogStorage log = storage.get();
		LogStorageReader reader = log.newReader();
		AtomicBoolean written = new AtomicBoolean();
		CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
			int count = 0;
			while (count < BLOCKS) {
				if (!reader.hasNext()) {
					if (written.get() && !reader.hasNext()) {
						break;
					}
					Thread.onSpinWait();
					continue;
				}
				DirectBuffer block = reader.next();
				if (block.getInt(0, ByteOrder.BIG_ENDIAN) != count) {
					throw new IllegalStateException(
							"block " + count + " read as " + block.getInt(0, ByteOrder.BIG_ENDIAN));
				}
				count++;
			}
			return count;
		});
		for (int i = 0; i < BLOCKS; i++) {
			log.append(i, i, block(i), new NoListener());
		}
		written.set(true);
		return read.get(5, TimeUnit.MINUTES);
	}

	private static ByteBuffer block(int value) {
		return ByteBuffer.allocate(Integer.BYTES).putInt(0, value);
	}

	private static final class NoListener implements LogStorage.AppendListener {

	}

}
