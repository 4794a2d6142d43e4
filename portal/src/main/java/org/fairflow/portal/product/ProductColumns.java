package org.fairflow.portal.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.fairflow.portal.exhibit.ItemColumns;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A product's columns in the exports of the product lists: category and both prices, a
 * missing price as the pages show it ("No quote"), a given one as a number.
 */
@Component
class ProductColumns implements ItemColumns<ProductContent> {

	private final MessageSource messages;

	ProductColumns(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<String> headerKeys() {
		return List.of("product.category", "product.marketPrice", "product.wholesalePrice");
	}

	@Override
	public List<?> cells(ProductContent content, Locale locale) {
		return List.of(content.category().label(locale), price(content.marketPrice(), locale),
				price(content.wholesalePrice(), locale));
	}

	private Object price(BigDecimal price, Locale locale) {
		return (price != null) ? price : this.messages.getMessage("product.noQuote", null, locale);
	}

}
