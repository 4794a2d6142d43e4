package org.fairflow.portal.exhibit;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.security.PortalUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's view of a kind's listed items with the forced unlisting (强制下架): a
 * reason is required and the page asks before sending. The kind's controller maps the
 * paths (role ORGANISER in SecurityConfiguration) and hands over here.
 */
public abstract class ListedItemPages {

	private final String kind;

	private final ListedItems<?, ?> listed;

	private final ItemEditing<?, ?, ?, ?> editing;

	protected ListedItemPages(ItemKind kind, ListedItems<?, ?> listed, ItemEditing<?, ?, ?, ?> editing) {
		this.kind = kind.nameEn();
		this.listed = listed;
		this.editing = editing;
	}

	protected String listedPage(String q, int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("items", this.listed.listed(q, PageRequest.of(Math.max(page, 0), ItemPages.PAGE_SIZE)));
		model.addAttribute("maxReason", ExhibitUnlistings.MAX_REASON);
		return this.kind + "/listed";
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
