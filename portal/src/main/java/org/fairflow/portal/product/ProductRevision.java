package org.fairflow.portal.product;

import java.math.BigDecimal;
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

/** A saved content of a product; never changed once written. Columns: Flyway V12_30. */
@Entity
@Table(name = "product_revision")
@org.hibernate.annotations.Immutable
class ProductRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "product_id", nullable = false)
	private Long productId;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false)
	private String nameKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProductCategory category;

	@Column(name = "own_code")
	private String ownCode;

	@Column(nullable = false)
	private String origin;

	private String brand;

	@Column(name = "market_price")
	private BigDecimal marketPrice;

	@Column(name = "wholesale_price")
	private BigDecimal wholesalePrice;

	@Column(nullable = false)
	private String introduction;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	protected ProductRevision() {
	}

	ProductRevision(Long productId, ProductForm.Checked c, String actor) {
		this.productId = productId;
		this.name = c.name();
		this.nameKey = c.name().toLowerCase(Locale.ROOT);
		this.category = c.category();
		this.ownCode = c.ownCode();
		this.origin = c.origin();
		this.brand = c.brand();
		this.marketPrice = c.marketPrice();
		this.wholesalePrice = c.wholesalePrice();
		this.introduction = c.introduction();
		this.createdAt = Instant.now();
		this.createdBy = actor;
	}

	Long getId() {
		return this.id;
	}

	Long getProductId() {
		return this.productId;
	}

	String getName() {
		return this.name;
	}

	ProductCategory getCategory() {
		return this.category;
	}

	String getOwnCode() {
		return this.ownCode;
	}

	String getOrigin() {
		return this.origin;
	}

	String getBrand() {
		return this.brand;
	}

	BigDecimal getMarketPrice() {
		return this.marketPrice;
	}

	BigDecimal getWholesalePrice() {
		return this.wholesalePrice;
	}

	String getIntroduction() {
		return this.introduction;
	}

}
