package org.fairflow.portal.engine;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One deployed model resource, as it was deployed; never changed afterwards. */
@Entity
@Table(name = "model_resource")
public class StoredModel {

	/** What a resource holds, told by its file name. */
	public enum Kind {

		BPMN, DMN, FORM;

		static Kind of(String resourceName) {
			String name = resourceName.toLowerCase(java.util.Locale.ROOT);
			if (name.endsWith(".bpmn")) {
				return BPMN;
			}
			if (name.endsWith(".dmn")) {
				return DMN;
			}
			if (name.endsWith(".form")) {
				return FORM;
			}
			throw new IllegalArgumentException("Not a model resource: " + resourceName);
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "resource_name", nullable = false, updatable = false)
	private String resourceName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Kind kind;

	@Column(name = "resource_id", updatable = false)
	private String resourceId;

	@Column(updatable = false)
	private Integer version;

	@Column(name = "version_tag", updatable = false)
	private String versionTag;

	@Column(nullable = false, updatable = false)
	private String checksum;

	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(name = "deployed_by", nullable = false, updatable = false)
	private String deployedBy;

	@Column(name = "deployed_at", nullable = false, updatable = false)
	private Instant deployedAt;

	@Column(name = "change_note", updatable = false)
	private String changeNote;

	protected StoredModel() {
	}

	StoredModel(ModelResource resource, Deployed deployed, String deployedBy, String changeNote, Instant now) {
		this.resourceName = resource.name();
		this.kind = resource.kind();
		this.resourceId = deployed.resourceId();
		this.version = deployed.version();
		this.versionTag = deployed.versionTag();
		this.checksum = resource.checksum();
		this.content = resource.content();
		this.deployedBy = deployedBy;
		this.changeNote = changeNote;
		this.deployedAt = now;
	}

	ModelResource resource() {
		return new ModelResource(this.resourceName, this.content);
	}

	public Long getId() {
		return this.id;
	}

	public String getResourceName() {
		return this.resourceName;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getResourceId() {
		return this.resourceId;
	}

	public Integer getVersion() {
		return this.version;
	}

	public String getVersionTag() {
		return this.versionTag;
	}

	/** The file as it was deployed (a copy). */
	public byte[] getContent() {
		return this.content.clone();
	}

	public String getChecksum() {
		return this.checksum;
	}

	public String getDeployedBy() {
		return this.deployedBy;
	}

	public Instant getDeployedAt() {
		return this.deployedAt;
	}

	public String getChangeNote() {
		return this.changeNote;
	}

}
