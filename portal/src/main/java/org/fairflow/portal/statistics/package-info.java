/**
 * Statistics for the organiser (the whole fair) and each delegation (its subtree): units
 * and persons per delegation and sub-delegation, registrations per day and review lead
 * times. The numbers come from the feature modules' own statistics queries, which share
 * their WHERE clause with the lists a number links to.
 */
package org.fairflow.portal.statistics;
