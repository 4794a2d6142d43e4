package org.fairflow.portal.progress;

/**
 * What the applicant must do now for its case to go on: the step's title (a task's own
 * title, or a message key), and where to do it ({@code null}: no page of its own).
 *
 * @param title text to show, when {@code titleKey} is {@code null}
 * @param titleKey message key of the text
 * @param href the page where the applicant acts
 */
record ApplicantAction(String title, String titleKey, String href) {

}
