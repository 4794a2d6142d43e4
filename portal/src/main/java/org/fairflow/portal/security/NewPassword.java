package org.fairflow.portal.security;

/** A form where somebody chooses the password of a login ({@link StrongPassword}). */
public interface NewPassword {

	String getPassword();

	/** The login the password is for, as typed; null or blank when not known yet. */
	String login();

}
