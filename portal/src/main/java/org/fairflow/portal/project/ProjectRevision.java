package org.fairflow.portal.project;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fairflow.portal.booth.ExhibitionZone;
import org.fairflow.portal.product.ProductCategory;

/** A saved content of a project; never changed once written. Columns: Flyway V12_40. */
@Entity
@Table(name = "project_revision")
@org.hibernate.annotations.Immutable
class ProjectRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private Long projectId;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false)
	private String nameKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ExhibitionZone zone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProductCategory industry;

	@Column(nullable = false)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TradeDemand demand;

	@Column(name = "contact_name", nullable = false)
	private String contactName;

	@Column(name = "contact_phone", nullable = false)
	private String contactPhone;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	protected ProjectRevision() {
	}

	ProjectRevision(Long projectId, ProjectForm.Checked c, String actor) {
		this.projectId = projectId;
		this.name = c.name();
		this.nameKey = c.name().toLowerCase(Locale.ROOT);
		this.zone = c.zone();
		this.industry = c.industry();
		this.summary = c.summary();
		this.demand = c.demand();
		this.contactName = c.contactName();
		this.contactPhone = c.contactPhone();
		this.createdAt = Instant.now();
		this.createdBy = actor;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	ExhibitionZone getZone() {
		return this.zone;
	}

	ProductCategory getIndustry() {
		return this.industry;
	}

	String getSummary() {
		return this.summary;
	}

	TradeDemand getDemand() {
		return this.demand;
	}

	String getContactName() {
		return this.contactName;
	}

	String getContactPhone() {
		return this.contactPhone;
	}

}
