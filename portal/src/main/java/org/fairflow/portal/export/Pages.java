package org.fairflow.portal.export;

import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;

/**
 * Reads a paged list to its end, one page after the other, so an export never holds more
 * than a page of it in memory.
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * Gives every element of pages 0, 1, 2… to {@code sink}, until a page says it is the
	 * last.
	 */
	public static <T> void each(IntFunction<? extends Page<? extends T>> page, Consumer<? super T> sink) {
		Page<? extends T> current;
		int number = 0;
		do {
			current = page.apply(number++);
			current.forEach(sink);
		}
		while (current.hasNext());
	}

}
