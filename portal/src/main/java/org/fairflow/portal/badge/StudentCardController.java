package org.fairflow.portal.badge;

import java.io.IOException;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.web.RequestValues;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Student cards: the unit uploads one from its person page; the organiser verifies the
 * cards of its tree at {@code /badge/student-cards}.
 */
@Controller
class StudentCardController {

	private final StudentCards cards;

	private final Liaisons liaisons;

	private final Persons persons;

	StudentCardController(StudentCards cards, Liaisons liaisons, Persons persons) {
		this.cards = cards;
		this.liaisons = liaisons;
		this.persons = persons;
	}

	@PostMapping("/badge/persons/{id}/student-card")
	String upload(@AuthenticationPrincipal PortalUser user, @PathVariable String id,
			@RequestParam(name = "card", required = false) MultipartFile file, RedirectAttributes redirect) {
		Person person = this.persons.own(this.liaisons.approvedUnitOf(user), id);
		try {
			byte[] content = (file == null || file.isEmpty()) ? null : file.getBytes();
			this.cards.upload(person.getUnitId(), person.getId(), content, user.getUsername());
			redirect.addFlashAttribute("successKey", "badge.studentCard.uploaded");
		}
		catch (StudentCardException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessage());
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("errorKey", "badge.studentCard.type");
		}
		return "redirect:/badge/persons/" + person.getId();
	}

	@GetMapping("/badge/persons/{id}/student-card")
	ResponseEntity<byte[]> ownImage(@AuthenticationPrincipal PortalUser user, @PathVariable String id) {
		Person person = this.persons.own(this.liaisons.approvedUnitOf(user), id);
		return image(
				this.cards.of(person.getId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@GetMapping("/badge/student-cards")
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") String page, Model model) {
		var cards = this.cards.toVerify(user, RequestValues.page(page));
		model.addAttribute("cards", cards);
		model.addAttribute("names",
				cards.getContent()
					.stream()
					.collect(java.util.stream.Collectors.toMap(StudentCard::getId,
							(c) -> this.cards.personName(c.getPersonId()))));
		model.addAttribute("maxReason", StudentCards.MAX_REASON);
		return "badge/student-cards";
	}

	@GetMapping("/badge/student-cards/{cardId}/image")
	ResponseEntity<byte[]> organiserImage(@AuthenticationPrincipal PortalUser user, @PathVariable String cardId) {
		return image(this.cards.organisersCard(user, cardId(cardId)));
	}

	@PostMapping("/badge/student-cards/{cardId}")
	String decide(@AuthenticationPrincipal PortalUser user, @PathVariable String cardId,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			if (!"approve".equals(decision) && !"reject".equals(decision)) {
				throw new StudentCardException("badge.studentCard.decisionMissing");
			}
			boolean approve = "approve".equals(decision);
			this.cards.decide(user, cardId(cardId), approve, reason);
			redirect.addFlashAttribute("successKey",
					approve ? "badge.studentCard.verified" : "badge.studentCard.rejected");
		}
		catch (StudentCardException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessage());
		}
		return "redirect:/badge/student-cards";
	}

	private static Long cardId(String id) {
		return RequestValues.id(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ResponseEntity<byte[]> image(StudentCard card) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(card.getContentType()))
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(card.getContent());
	}

}
