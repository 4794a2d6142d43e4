package org.fairflow.portal.exhibit;

import java.util.Locale;
import java.util.Optional;

/** What an exhibitor submits for audit. */
public enum ItemKind {

	BOOTH("展台", "booth"), PRODUCT("展品", "product"), PROJECT("项目", "project");

	private final String nameZh;

	private final String nameEn;

	ItemKind(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	/** {@code 展台}, {@code 展品}, {@code 项目} (process variable {@code kindZh}). */
	public String nameZh() {
		return this.nameZh;
	}

	/**
	 * {@code booth}, {@code product}, {@code project} (process variable {@code kindEn}).
	 */
	public String nameEn() {
		return this.nameEn;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

	/** The item's reference in texts and keys: {@code booth-12}. */
	public String ref(long itemId) {
		return this.nameEn + "-" + itemId;
	}

	/** The business key of one audit case: {@code booth-12-r3}. */
	public String auditKey(long itemId, long revisionId) {
		return ref(itemId) + "-r" + revisionId;
	}

	/** The kind named by a reference's prefix ({@code booth}), if any. */
	public static Optional<ItemKind> ofRef(String prefix) {
		for (ItemKind kind : values()) {
			if (kind.nameEn.equals(prefix)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
