package org.fairflow.portal.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fairflow.portal.org.OrganisationKind;

/** A new delegation, sub-delegation or trade body. */
class OrganisationForm {

	@NotBlank(message = "{admin.org.code.required}")
	@Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9-]{0,39}\\s*", message = "{admin.org.code.pattern}")
	private String code;

	@NotBlank(message = "{admin.org.nameZh.required}")
	@Size(max = 200, message = "{admin.org.name.size}")
	private String nameZh;

	@NotBlank(message = "{admin.org.nameEn.required}")
	@Size(max = 200, message = "{admin.org.name.size}")
	private String nameEn;

	@NotNull(message = "{admin.org.kind.required}")
	private OrganisationKind kind;

	@NotNull(message = "{admin.org.parent.required}")
	private Long parentId;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public OrganisationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

}
