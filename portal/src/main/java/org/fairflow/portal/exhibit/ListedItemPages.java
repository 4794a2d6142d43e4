package org.fairflow.portal.exhibit;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.security.PortalUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's view of a kind's listed items with the forced unlisting (强制下架): a
 * reason is required and the page asks before sending. The kind's controller maps the
 * paths (role ORGANISER in SecurityConfiguration) and hands over here, the export of the
 * list ({@code <path>/export}) too.
 */
public abstract class ListedItemPages<C extends ItemContent> {

	private final ItemKind itemKind;

	private final String kind;

	private final String path;

	private final ListedItems<?, C> listed;

	private final ItemEditing<?, ?, ?, ?> editing;

	private final ItemColumns<C> columns;

	private final ItemExports exports;

	/**
	 * @param path the page's address ({@code /exhibits/listed}); its export is at
	 * {@code <path>/export}
	 */
	protected ListedItemPages(ItemKind kind, String path, ListedItems<?, C> listed, ItemEditing<?, ?, ?, ?> editing,
			ItemColumns<C> columns, ItemExports exports) {
		this.itemKind = kind;
		this.kind = kind.nameEn();
		this.path = path;
		this.listed = listed;
		this.editing = editing;
		this.columns = columns;
		this.exports = exports;
	}

	protected String listedPage(String q, int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("items", this.listed.listed(q, PageRequest.of(Math.max(page, 0), ItemPages.PAGE_SIZE)));
		model.addAttribute("maxReason", ExhibitUnlistings.MAX_REASON);
		model.addAttribute("exportBase",
				ItemExports.listedLink(this.path + "/export", q).encode().build().toUriString());
		return this.kind + "/listed";
	}

	/** Every listed item the page's search finds, all pages, in the page's order. */
	protected void exportListed(String q, String format, Locale locale, HttpServletResponse response)
			throws IOException {
		this.exports.listed(this.itemKind, this.listed, this.columns,
				ItemExports.listedLink(this.path, q).build().toUriString(), q, format, locale, response);
	}

	/** Forces the item off; a refusal comes back beside the item's reason field. */
	protected void forceUnlisting(PortalUser user, long id, String reason, RedirectAttributes redirect) {
		try {
			this.editing.forceUnlist(id, reason, user.displayName());
			redirect.addFlashAttribute("successKey", "product.forced.done");
		}
		catch (ItemRefusedException ex) {
			ItemRefusedException.Problem problem = ex.problems().get(0);
			redirect.addFlashAttribute("unlistErrorId", id);
			redirect.addFlashAttribute("unlistErrorKey", problem.messageKey());
			redirect.addFlashAttribute("unlistErrorArgs", problem.arguments());
			redirect.addFlashAttribute("unlistReason", reason);
		}
		catch (EngineException ex) {
			redirect.addFlashAttribute("errorKey", "engine.unavailable");
		}
	}

}
