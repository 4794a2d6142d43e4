package org.fairflow.portal.exhibit;

/**
 * Whether a medium may be shown to anyone: a kind module says yes when a revision the
 * public sees refers to it (a live booth's logo, images, videos). Any bean saying yes
 * suffices.
 */
public interface PublicMedia {

	boolean isPublic(long mediaId);

}
