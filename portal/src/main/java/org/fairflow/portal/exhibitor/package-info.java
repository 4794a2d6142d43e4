/**
 * Invitation codes (邀请码) and the exhibitors (参展商) that registered with one: who invited
 * whom, and therefore who audits what the exhibitor submits.
 */
package org.fairflow.portal.exhibitor;
