/**
 * The fair's public exhibitor directory (展商名录, no login): live booths only, searched by
 * name, zone and tag, and each live booth's page. It reads {@code booth}'s public API and
 * never a pending revision.
 */
package org.fairflow.portal.directory;
