package org.fairflow.portal.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class RenameForm {

	@NotBlank(message = "{admin.org.nameZh.required}")
	@Size(max = 200, message = "{admin.org.name.size}")
	private String nameZh;

	@NotBlank(message = "{admin.org.nameEn.required}")
	@Size(max = 200, message = "{admin.org.name.size}")
	private String nameEn;

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

}
