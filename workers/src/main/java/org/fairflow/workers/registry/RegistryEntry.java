package org.fairflow.workers.registry;

/**
 * What the registry says about a code.
 *
 * @param code the normalised credit code
 * @param registeredCategory the unit category in the portal's terms ({@code ENTERPRISE},
 * {@code PUBLIC_INSTITUTION}, {@code SOCIAL_ORGANISATION}, {@code GOVERNMENT},
 * {@code OTHER})
 */
public record RegistryEntry(String code, String registeredCategory) {
}
