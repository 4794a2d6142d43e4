package org.fairflow.portal.badge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member unit (会员单位) on the list its organiser keeps, by name. */
@Entity
@Table(name = "badge_member_unit")
class MemberUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organiser_id", nullable = false)
	private Long organiserId;

	@Column(nullable = false)
	private String name;

	@Column(name = "normalised_name", nullable = false)
	private String normalisedName;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected MemberUnit() {
	}

	MemberUnit(Long organiserId, String name, String normalisedName, Instant createdAt) {
		this.organiserId = organiserId;
		this.name = name;
		this.normalisedName = normalisedName;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
