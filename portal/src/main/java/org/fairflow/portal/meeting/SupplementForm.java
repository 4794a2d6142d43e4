package org.fairflow.portal.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * The supplement (补充信息) as typed: agenda, the invited international and domestic
 * associations (a name per row), highlights, expected outcomes, the content to publish,
 * and whether the meeting is recorded. {@link #problems()} checks it; the posters are
 * files and are checked apart ({@link PosterImage}).
 */
class SupplementForm {

	static final int AGENDA_MAX = 1000;

	static final int TEXT_MAX = 300;

	/**
	 * Between the stored names of a list: a name is one line (its own line breaks become
	 * spaces), so the list splits again exactly as typed.
	 */
	static final String NAME_SEPARATOR = "\n";

	private String agenda;

	private List<String> intlAssociations = new ArrayList<>();

	private List<String> domesticAssociations = new ArrayList<>();

	private String highlights;

	private String outcomes;

	private String publishContent;

	private Boolean recorded;

	/**
	 * A problem with one field: its message key and arguments (numbers as text, so that
	 * 1000 is not written 1,000).
	 */
	record Problem(String field, String messageKey, Object... arguments) {
	}

	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		text(problems, "agenda", this.agenda, AGENDA_MAX);
		names(problems, "intlAssociations", this.intlAssociations);
		names(problems, "domesticAssociations", this.domesticAssociations);
		text(problems, "highlights", this.highlights, TEXT_MAX);
		text(problems, "outcomes", this.outcomes, TEXT_MAX);
		text(problems, "publishContent", this.publishContent, TEXT_MAX);
		if (this.recorded == null) {
			problems.add(new Problem("recorded", "meetingreview.recorded.required"));
		}
		return problems;
	}

	private static void text(List<Problem> problems, String field, String value, int max) {
		String clean = clean(value);
		if (clean == null) {
			problems.add(new Problem(field, "meetingreview.required"));
		}
		else if (clean.length() > max) {
			problems
				.add(new Problem(field, "meetingreview.tooLong", String.valueOf(max), String.valueOf(clean.length())));
		}
	}

	private static void names(List<Problem> problems, String field, List<String> names) {
		String joined = joined(names);
		if (joined == null) {
			problems.add(new Problem(field, "meetingreview.associations.required"));
		}
		else if (joined.length() > TEXT_MAX) {
			problems.add(new Problem(field, "meetingreview.associations.tooLong", String.valueOf(TEXT_MAX),
					String.valueOf(joined.length())));
		}
	}

	/** The stripped text, or null when nothing is left. */
	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String clean = value.replace("\r\n", "\n").strip();
		return clean.isEmpty() ? null : clean;
	}

	/** The names that are not blank, each on one line, joined; null when none. */
	static String joined(List<String> names) {
		if (names == null) {
			return null;
		}
		List<String> kept = names.stream()
			.map((name) -> (name == null) ? null : name.replaceAll("[\\r\\n]+", " ").strip())
			.filter((name) -> name != null && !name.isEmpty())
			.toList();
		return kept.isEmpty() ? null : String.join(NAME_SEPARATOR, kept);
	}

	/** The stored names again, one per row. */
	static List<String> split(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : List.of(joined.split(NAME_SEPARATOR));
	}

	public String getAgenda() {
		return this.agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public List<String> getIntlAssociations() {
		return this.intlAssociations;
	}

	public void setIntlAssociations(List<String> intlAssociations) {
		this.intlAssociations = (intlAssociations != null) ? intlAssociations : new ArrayList<>();
	}

	public List<String> getDomesticAssociations() {
		return this.domesticAssociations;
	}

	public void setDomesticAssociations(List<String> domesticAssociations) {
		this.domesticAssociations = (domesticAssociations != null) ? domesticAssociations : new ArrayList<>();
	}

	public String getHighlights() {
		return this.highlights;
	}

	public void setHighlights(String highlights) {
		this.highlights = highlights;
	}

	public String getOutcomes() {
		return this.outcomes;
	}

	public void setOutcomes(String outcomes) {
		this.outcomes = outcomes;
	}

	public String getPublishContent() {
		return this.publishContent;
	}

	public void setPublishContent(String publishContent) {
		this.publishContent = publishContent;
	}

	public Boolean getRecorded() {
		return this.recorded;
	}

	public void setRecorded(Boolean recorded) {
		this.recorded = recorded;
	}

}
