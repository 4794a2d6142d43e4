package org.fairflow.portal.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The models shipped in {@code processes/} ({@code classpath*:models/}): the first
 * versions on an empty model store, and a new version whenever a release changes one.
 */
@Component
class ShippedModels {

	static final String LOCATION = "classpath*:models/**/*.*";

	private final List<Resource> resources = new ArrayList<>();

	ShippedModels() throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
			String name = resource.getFilename();
			if (name != null && (name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))) {
				this.resources.add(resource);
			}
		}
	}

	List<Resource> resources() {
		return this.resources;
	}

}
