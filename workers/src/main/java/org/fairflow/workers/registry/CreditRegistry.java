package org.fairflow.workers.registry;

import java.util.Optional;

/**
 * The national enterprise credit registry (国家企业信用信息公示系统), or a stand-in for it.
 *
 * <p>
 * Implementations throw on a technical fault (registry unreachable) so that the job is
 * retried; "no such code" is an empty result, not an exception.
 */
public interface CreditRegistry {

	/**
	 * The registered entry for a credit code, or empty when the registry does not know
	 * it.
	 */
	Optional<RegistryEntry> lookup(String code);

}
