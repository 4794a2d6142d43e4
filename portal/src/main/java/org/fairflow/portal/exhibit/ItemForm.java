package org.fairflow.portal.exhibit;

import java.util.List;

/**
 * A kind's form as typed: {@link #check} adds a problem for every bad field and returns
 * the clean values ({@code K}) a revision is written from.
 */
public interface ItemForm<K> {

	K check(List<ItemRefusedException.Problem> problems);

	List<Long> getImageIds();

}
