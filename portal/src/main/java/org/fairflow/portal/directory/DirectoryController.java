package org.fairflow.portal.directory;

import java.util.List;

import org.fairflow.portal.booth.BoothSearch;
import org.fairflow.portal.booth.Booths;
import org.fairflow.portal.booth.ExhibitionZone;
import org.fairflow.portal.booth.LiveBooth;
import org.fairflow.portal.product.ListedProduct;
import org.fairflow.portal.product.Products;
import org.fairflow.portal.web.RequestValues;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public exhibitor directory ({@code /exhibitors?q=&zone=&tag=&page=}, 24 booths a
 * page) and a live booth's page ({@code /exhibitors/{boothId}}). Only live revisions are
 * read, so a booth in audit or hidden for a re-audit is simply absent (its page is 404).
 */
@Controller
class DirectoryController {

	static final int PAGE_SIZE = 24;

	/**
	 * Longer than any booth name (100) or tag (20): anything longer finds nothing anyway.
	 */
	private static final int MAX_QUERY = 100;

	/** A booth's listed products, a page at a time. */
	static final int PRODUCTS_PAGE_SIZE = 12;

	private final Booths booths;

	private final Products products;

	DirectoryController(Booths booths, Products products) {
		this.booths = booths;
		this.products = products;
	}

	@GetMapping("/exhibitors")
	String directory(@RequestParam(required = false) String q, @RequestParam(required = false) String zone,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String page, Model model) {
		String name = clean(q);
		String pickedTag = clean(tag);
		// An unknown zone (an old link, a typo) lists every zone rather than failing.
		ExhibitionZone pickedZone = ExhibitionZone.of(zone);
		Page<LiveBooth> found = this.booths.live(new BoothSearch(name, pickedZone, pickedTag),
				PageRequest.of(RequestValues.page(page), PAGE_SIZE));
		model.addAttribute("q", name);
		model.addAttribute("zone", pickedZone);
		model.addAttribute("tag", pickedTag);
		model.addAttribute("zones", List.of(ExhibitionZone.values()));
		model.addAttribute("booths", found);
		model.addAttribute("filtered", name != null || pickedZone != null || pickedTag != null);
		model.addAttribute("previousUrl", url(name, pickedZone, pickedTag, found.getNumber() - 1));
		model.addAttribute("nextUrl", url(name, pickedZone, pickedTag, found.getNumber() + 1));
		model.addAttribute("tagClearUrl", url(name, pickedZone, null, 0));
		return "directory/list";
	}

	@GetMapping("/exhibitors/{boothId}")
	String booth(@PathVariable String boothId, @RequestParam(name = "products", required = false) String productPage,
			Model model) {
		LiveBooth booth = RequestValues.id(boothId)
			.flatMap(this.booths::liveBooth)
			.orElseThrow(BoothNotLiveException::new);
		Page<ListedProduct> listed = this.products.listedOf(booth.exhibitorId(),
				PageRequest.of(RequestValues.page(productPage), PRODUCTS_PAGE_SIZE));
		model.addAttribute("booth", booth);
		model.addAttribute("c", booth.content());
		model.addAttribute("products", listed);
		return "directory/booth";
	}

	/** A directory link that keeps only the filters in use (no empty {@code ?tag}). */
	private static String url(String name, ExhibitionZone zone, String tag, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/exhibitors");
		if (name != null) {
			url.queryParam("q", name);
		}
		if (zone != null) {
			url.queryParam("zone", zone.name());
		}
		if (tag != null) {
			url.queryParam("tag", tag);
		}
		if (page > 0) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

	private static String clean(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() > MAX_QUERY) ? stripped.substring(0, MAX_QUERY) : stripped;
	}

}
