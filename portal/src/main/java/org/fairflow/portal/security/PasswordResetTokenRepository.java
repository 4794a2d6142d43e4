package org.fairflow.portal.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import jakarta.persistence.LockModeType;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

	Optional<PasswordResetToken> findByTokenHash(String tokenHash);

	/** Locked, so two submissions of one link cannot both set a password. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<PasswordResetToken> findLockedByTokenHash(String tokenHash);

	List<PasswordResetToken> findByAccountIdAndUsedAtIsNull(Long accountId);

}
