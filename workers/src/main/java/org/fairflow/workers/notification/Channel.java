package org.fairflow.workers.notification;

/** How a message reaches its recipient. */
public enum Channel {

	SMS, EMAIL

}
