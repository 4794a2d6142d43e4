package org.fairflow.workers.registry;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SIMULATION of the national enterprise credit registry: it calls no outside service
 * and knows no real registrations.
 *
 * <p>
 * A code is "found" when its check character is valid, and its category is read from the
 * registration authority and kind ({@link CreditCode#categoryOf(String)}), which is what
 * the real registry would report for a genuine code. Codes listed in
 * {@code fairflow.registry.simulated.unknown-codes} are treated as unknown, so that a
 * demo can send a well-formed enterprise code to manual review.
 */
class SimulatedCreditRegistry implements CreditRegistry {

	private static final Logger log = LoggerFactory.getLogger(SimulatedCreditRegistry.class);

	private final Set<String> unknownCodes;

	SimulatedCreditRegistry(Collection<String> unknownCodes) {
		this.unknownCodes = unknownCodes.stream()
			.map(CreditCode::normalise)
			.filter((code) -> code != null && !code.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		log.warn("Credit registry is a SIMULATION of the national enterprise credit registry: "
				+ "any code with a valid check character counts as registered ({} code(s) configured as unknown)",
				this.unknownCodes.size());
	}

	@Override
	public Optional<RegistryEntry> lookup(String code) {
		String normalised = CreditCode.normalise(code);
		if (!CreditCode.isValid(normalised) || this.unknownCodes.contains(normalised)) {
			return Optional.empty();
		}
		return Optional.of(new RegistryEntry(normalised, CreditCode.categoryOf(normalised)));
	}

}
