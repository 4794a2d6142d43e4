package org.fairflow.portal.product;

import org.fairflow.portal.exhibit.ItemFields;
import org.fairflow.portal.exhibit.ItemForm;
import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemRefusedException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The product form (展品信息) as typed. New images come as files beside it, kept ones as
 * {@code imageIds}; prices are text so that "abc" is told, not dropped by binding.
 */
public class ProductForm implements ItemForm<ProductForm.Checked> {

	static final int MAX_IMAGES = 5;

	/** The guide's price field: digits with at most two decimals, 11 characters. */
	private static final Pattern PRICE = Pattern.compile("^[0-9]+(\\.[0-9]{1,2})?$");

	static final int MAX_PRICE = 11;

	private String name;

	private String category;

	private String ownCode;

	private String origin;

	private String brand;

	private String marketPrice;

	private String wholesalePrice;

	private String introduction;

	private List<Long> imageIds = new ArrayList<>();

	record Checked(String name, ProductCategory category, String ownCode, String origin, String brand,
			BigDecimal marketPrice, BigDecimal wholesalePrice, String introduction) {
	}

	static ProductForm of(ProductContent c) {
		ProductForm form = new ProductForm();
		form.name = c.name();
		form.category = c.category().name();
		form.ownCode = c.ownCode();
		form.origin = c.origin();
		form.brand = c.brand();
		form.marketPrice = (c.marketPrice() != null) ? c.marketPrice().toPlainString() : null;
		form.wholesalePrice = (c.wholesalePrice() != null) ? c.wholesalePrice().toPlainString() : null;
		form.introduction = c.introduction();
		form.imageIds = new ArrayList<>(c.imageIds());
		return form;
	}

	@Override
	public Checked check(List<ItemRefusedException.Problem> problems) {
		String cleanName = ItemFields.required(ItemKind.PRODUCT, "name", this.name, 100, problems);
		ProductCategory cleanCategory = ProductCategory.of(this.category);
		if (cleanCategory == null) {
			problems.add(problem("category", "product.category.required"));
		}
		String cleanCode = ItemFields.optional(ItemKind.PRODUCT, "ownCode", this.ownCode, 30, problems);
		String cleanOrigin = ItemFields.required(ItemKind.PRODUCT, "origin", this.origin, 50, problems);
		String cleanBrand = ItemFields.optional(ItemKind.PRODUCT, "brand", this.brand, 50, problems);
		BigDecimal market = price("marketPrice", this.marketPrice, problems);
		BigDecimal wholesale = price("wholesalePrice", this.wholesalePrice, problems);
		String cleanIntro = ItemFields.required(ItemKind.PRODUCT, "introduction", this.introduction, 500, problems);
		return new Checked(cleanName, cleanCategory, cleanCode, cleanOrigin, cleanBrand, market, wholesale, cleanIntro);
	}

	private static BigDecimal price(String field, String value, List<ItemRefusedException.Problem> problems) {
		String clean = (value == null) ? "" : value.strip();
		if (clean.isEmpty()) {
			return null;
		}
		if (clean.length() > MAX_PRICE) {
			problems.add(problem(field, "product.price.size", MAX_PRICE));
			return null;
		}
		if (!PRICE.matcher(clean).matches()) {
			problems.add(problem(field, "product.price.pattern"));
			return null;
		}
		return new BigDecimal(clean);
	}

	static ItemRefusedException.Problem problem(String field, String key, Object... args) {
		return new ItemRefusedException.Problem(field, key, args);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getOwnCode() {
		return this.ownCode;
	}

	public void setOwnCode(String ownCode) {
		this.ownCode = ownCode;
	}

	public String getOrigin() {
		return this.origin;
	}

	public void setOrigin(String origin) {
		this.origin = origin;
	}

	public String getBrand() {
		return this.brand;
	}

	public void setBrand(String brand) {
		this.brand = brand;
	}

	public String getMarketPrice() {
		return this.marketPrice;
	}

	public void setMarketPrice(String marketPrice) {
		this.marketPrice = marketPrice;
	}

	public String getWholesalePrice() {
		return this.wholesalePrice;
	}

	public void setWholesalePrice(String wholesalePrice) {
		this.wholesalePrice = wholesalePrice;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	@Override
	public List<Long> getImageIds() {
		return this.imageIds;
	}

	public void setImageIds(List<Long> imageIds) {
		this.imageIds = (imageIds == null) ? new ArrayList<>() : imageIds;
	}

}
