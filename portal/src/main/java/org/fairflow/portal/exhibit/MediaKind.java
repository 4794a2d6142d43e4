package org.fairflow.portal.exhibit;

/** An exhibitor's medium: a re-encoded image or a streamed video. */
public enum MediaKind {

	IMAGE, VIDEO

}
