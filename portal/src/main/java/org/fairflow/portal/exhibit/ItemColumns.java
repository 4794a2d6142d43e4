package org.fairflow.portal.exhibit;

import java.util.List;
import java.util.Locale;

/**
 * What a kind adds to the exports of its lists (the exhibitor's own and the organiser's
 * listed ones): the columns its pages show beside the shared number and name, such as a
 * product's category and prices.
 *
 * @param <C> the kind's revision content
 */
public interface ItemColumns<C extends ItemContent> {

	/** The message keys of the kind's column titles. */
	List<String> headerKeys();

	/**
	 * The kind's cells of one item, in the order of {@link #headerKeys()}: typed values
	 * (amounts as numbers) and texts in the requester's language.
	 */
	List<?> cells(C content, Locale locale);

}
