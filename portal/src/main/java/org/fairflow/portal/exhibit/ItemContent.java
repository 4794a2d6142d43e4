package org.fairflow.portal.exhibit;

import java.util.List;

/** What every kind's revision content shows; the first image is the main one. */
public interface ItemContent {

	long revisionId();

	String name();

	List<Long> imageIds();

}
