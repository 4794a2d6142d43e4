package org.fairflow.portal.migration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fairflow.portal.security.PortalUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The process owner moves the open cases of one version to another: choose, preview
 * (cases, where they stand, mapping, predicted refusals), confirm, and read the outcome.
 */
@Controller
class MigrationController {

	static final String MAPPING_PREFIX = "map.";

	private static final int PAGE_SIZE = 50;

	private static final int MAX_MAPPINGS = 200;

	private final Migrations migrations;

	MigrationController(Migrations migrations) {
		this.migrations = migrations;
	}

	@GetMapping("/console/migrations")
	String index(@RequestParam(required = false) String process, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Map<String, List<Integer>> processes = this.migrations.processVersions();
		model.addAttribute("processes", processes.keySet());
		if (process != null && processes.containsKey(process)) {
			model.addAttribute("process", process);
			model.addAttribute("versions", processes.get(process));
			model.addAttribute("openCases", this.migrations.openCasesPerVersion(process));
		}
		model.addAttribute("runs", this.migrations.runs(PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		return "migration/index";
	}

	@GetMapping("/console/migrations/preview")
	String preview(@RequestParam String process, @RequestParam int from, @RequestParam int to,
			@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			MigrationPlanner.Plan plan = this.migrations.preview(process, from, to, mapping(params), locale);
			int size = plan.cases().size();
			int pages = Math.max(1, (size + PAGE_SIZE - 1) / PAGE_SIZE);
			int current = Math.min(Math.max(0, page), pages - 1);
			model.addAttribute("plan", plan);
			model.addAttribute("shownCases",
					plan.cases().subList(current * PAGE_SIZE, Math.min(size, (current + 1) * PAGE_SIZE)));
			model.addAttribute("pageNumber", current);
			model.addAttribute("pageCount", pages);
			model.addAttribute("previousUrl", pageUrl(current - 1));
			model.addAttribute("nextUrl", pageUrl(current + 1));
			return "migration/preview";
		}
		catch (MigrationException ex) {
			return refused(redirect, ex, process);
		}
	}

	@PostMapping("/console/migrations")
	String execute(@AuthenticationPrincipal PortalUser user, @RequestParam String process, @RequestParam int from,
			@RequestParam int to, @RequestParam MultiValueMap<String, String> params, Locale locale,
			RedirectAttributes redirect) {
		try {
			long run = this.migrations.execute(process, from, to, mapping(params), user.displayName(), locale);
			return "redirect:/console/migrations/" + run;
		}
		catch (MigrationException ex) {
			return refused(redirect, ex, process);
		}
	}

	@GetMapping("/console/migrations/{id}")
	String run(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		MigrationRun run = this.migrations.run(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("run", run);
		model.addAttribute("outcomes", this.migrations.outcomes(id, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		return "migration/run";
	}

	/** The same preview (with the owner's choices) on another page. */
	private static String pageUrl(int page) {
		var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
		return uri.getPath() + "?" + uri.getQuery();
	}

	/** The owner's choices: {@code map.<source element>=<target element>}. */
	private static Map<String, String> mapping(MultiValueMap<String, String> params) {
		Map<String, String> mapping = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith(MAPPING_PREFIX) && !values.isEmpty() && values.get(0) != null
					&& !values.get(0).isBlank()) {
				mapping.put(name.substring(MAPPING_PREFIX.length()), values.get(0).strip());
			}
		});
		if (mapping.size() > MAX_MAPPINGS) {
			throw new MigrationException("migration.tooManyMappings", MAX_MAPPINGS);
		}
		return mapping;
	}

	private static String refused(RedirectAttributes redirect, MigrationException ex, String process) {
		ex.flash(redirect);
		redirect.addAttribute("process", process);
		return "redirect:/console/migrations";
	}

}
