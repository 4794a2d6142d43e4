package org.fairflow.portal.progress;

import java.util.List;

/**
 * The main steps of a case in order, as its process version names them: the steps it
 * passed, where it is now and what comes next.
 */
record StepBar(List<Step> steps) {

	enum State {

		DONE, CURRENT, NEXT

	}

	record Step(String elementId, String name, State state) {

		public String stateName() {
			return this.state.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
