package org.fairflow.portal.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fairflow.portal.engine.StoredModel;

/**
 * What changed between two versions of one model file, for a person: the elements (BPMN),
 * decisions and rules (DMN) or components (forms) added, removed and changed, each change
 * with its old and new value.
 *
 * @param changes in the order of the newer version, removed elements last
 */
public record ModelDiff(List<Change> changes) {

	public enum Kind {

		ADDED, REMOVED, CHANGED

	}

	/**
	 * One element that was added, removed or changed.
	 *
	 * @param kind added, removed or changed
	 * @param id the element's id (a form component's key)
	 * @param name its name (newer version's when both have one), or null
	 * @param type the element's type ({@code userTask}, {@code rule}, {@code textfield})
	 * @param details what changed (for an added or removed element: what it has)
	 */
	public record Change(Kind kind, String id, String name, String type, List<Detail> details) {
	}

	/**
	 * One changed aspect of an element.
	 *
	 * @param aspect the aspect ({@code name}, {@code jobType}, {@code header}); the
	 * label's message key is {@code console.diff.<aspect>}
	 * @param qualifier which one of several, or null: a header's key, a mapping's target
	 * variable, a decision table's column
	 * @param oldValue the value before, or null
	 * @param newValue the value after, or null
	 */
	public record Detail(String aspect, String qualifier, String oldValue, String newValue) {
	}

	/**
	 * An element of a model as the diff sees it.
	 *
	 * @param properties by aspect key ({@code aspect} or {@code aspect|qualifier}), in
	 * document order
	 */
	public record Item(String id, String name, String type, Map<String, String> properties) {
	}

	/** A model the portal could not read; the engine will tell what is wrong with it. */
	static final class Unreadable extends Exception {

		Unreadable(String message, Throwable cause) {
			super(message, cause);
		}

	}

	static ModelDiff between(StoredModel.Kind kind, byte[] older, byte[] newer) throws Unreadable {
		if (kind == StoredModel.Kind.DMN) {
			return DmnItems.between(older, newer);
		}
		return compare(items(kind, older), items(kind, newer));
	}

	static List<Item> items(StoredModel.Kind kind, byte[] content) throws Unreadable {
		return switch (kind) {
			case BPMN -> BpmnItems.of(content);
			case DMN -> DmnItems.of(content);
			case FORM -> FormItems.of(content);
		};
	}

	public boolean isEmpty() {
		return this.changes.isEmpty();
	}

	static ModelDiff compare(List<Item> older, List<Item> newer) {
		Map<String, Item> before = byId(older);
		Map<String, Item> after = byId(newer);
		List<Change> changes = new ArrayList<>();
		for (Item item : after.values()) {
			Item was = before.get(item.id());
			if (was == null) {
				changes.add(new Change(Kind.ADDED, item.id(), item.name(), item.type(), details(Map.of(), item)));
				continue;
			}
			Map<String, String> old = new LinkedHashMap<>(was.properties());
			old.put("name", was.name());
			old.put("type", was.type());
			List<Detail> details = details(old, item);
			if (!details.isEmpty()) {
				changes.add(new Change(Kind.CHANGED, item.id(), (item.name() != null) ? item.name() : was.name(),
						item.type(), details));
			}
		}
		for (Item item : before.values()) {
			if (!after.containsKey(item.id())) {
				changes.add(new Change(Kind.REMOVED, item.id(), item.name(), item.type(), List.of()));
			}
		}
		return new ModelDiff(List.copyOf(changes));
	}

	private static List<Detail> details(Map<String, String> old, Item item) {
		Map<String, String> now = new LinkedHashMap<>();
		now.put("name", item.name());
		now.put("type", item.type());
		now.putAll(item.properties());
		Set<String> keys = new LinkedHashSet<>(now.keySet());
		keys.addAll(old.keySet());
		boolean added = old.isEmpty();
		List<Detail> details = new ArrayList<>();
		for (String key : keys) {
			String was = old.get(key);
			String is = now.get(key);
			if (Objects.equals(was, is) || (added && (key.equals("name") || key.equals("type")))) {
				continue;
			}
			int bar = key.indexOf('|');
			details.add((bar < 0) ? new Detail(key, null, was, is)
					: new Detail(key.substring(0, bar), key.substring(bar + 1), was, is));
		}
		return List.copyOf(details);
	}

	private static Map<String, Item> byId(List<Item> items) {
		Map<String, Item> byId = new LinkedHashMap<>();
		for (Item item : items) {
			byId.putIfAbsent(item.id(), item);
		}
		return byId;
	}

}
