/**
 * What booths, products and projects share (展台、展品、项目): the audit of each submitted
 * revision by the inviter's reviewers ({@code exhibit-audit}), the organiser's forced
 * unlisting ({@code exhibit-unlisting}) and the exhibitors' images and videos. The kind
 * modules own their items and revisions; this module never depends on them, they plug in
 * through {@link org.fairflow.portal.exhibit.ExhibitAuditRenderer} and
 * {@link org.fairflow.portal.exhibit.PublicMedia}. Products and projects, which differ
 * only in their fields, extend the same lifecycle, pages and queries
 * ({@link org.fairflow.portal.exhibit.ItemEditing},
 * {@link org.fairflow.portal.exhibit.ItemPages},
 * {@link org.fairflow.portal.exhibit.ListedItems}).
 */
package org.fairflow.portal.exhibit;
