package org.fairflow.portal.badge;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fairflow.workers.courier.DeliveryAddress;
import org.fairflow.workers.courier.DeliveryAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's saved delivery addresses: at most {@value #MAX_PER_UNIT}, and exactly one
 * default while any exist. Every change first locks the unit's row, so concurrent changes
 * to one unit's addresses run one after another and both rules hold. Every method takes
 * the unit the caller acts for; another unit's address is not found. Nothing here logs
 * names, phones or addresses.
 */
@Service
@Transactional
class UnitAddresses implements DeliveryAddresses {

	static final int MAX_PER_UNIT = 5;

	private static final Logger log = LoggerFactory.getLogger(UnitAddresses.class);

	private final DeliveryAddressRepository addresses;

	UnitAddresses(DeliveryAddressRepository addresses) {
		this.addresses = addresses;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DeliveryAddress> find(String unitId, String addressId) {
		Long unit = parse(unitId);
		Long id = parse(addressId);
		if (unit == null || id == null) {
			return Optional.empty();
		}
		return this.addresses.findByIdAndUnitId(id, unit).map(DeliveryAddressRecord::toDeliveryAddress);
	}

	/** The unit's addresses, the default first, then oldest first. */
	@Transactional(readOnly = true)
	public List<DeliveryAddressRecord> list(Long unitId) {
		return this.addresses.findByUnitIdOrderByIdAsc(unitId)
			.stream()
			.sorted(Comparator.comparing((DeliveryAddressRecord a) -> !a.isDefaultAddress()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<DeliveryAddressRecord> get(Long unitId, Long id) {
		return this.addresses.findByIdAndUnitId(id, unitId);
	}

	/** Stores a checked address; the unit's first address becomes its default. */
	public DeliveryAddressRecord add(Long unitId, AddressForm values) {
		checked(values);
		lock(unitId);
		long count = this.addresses.countByUnitId(unitId);
		if (count >= MAX_PER_UNIT) {
			throw new AddressException(null, "badge.address.full");
		}
		DeliveryAddressRecord address = new DeliveryAddressRecord(unitId, values);
		address.setDefaultAddress(count == 0);
		address = this.addresses.saveAndFlush(address);
		log.info("Unit {} added delivery address {}", unitId, address.getId());
		return address;
	}

	public DeliveryAddressRecord edit(Long unitId, Long id, AddressForm values) {
		checked(values);
		lock(unitId);
		DeliveryAddressRecord address = this.addresses.findByIdAndUnitId(id, unitId)
			.orElseThrow(AddressNotFoundException::new);
		address.update(values);
		this.addresses.flush();
		log.info("Unit {} edited delivery address {}", unitId, id);
		return address;
	}

	/** Makes the address the unit's only default. */
	public void makeDefault(Long unitId, Long id) {
		lock(unitId);
		DeliveryAddressRecord chosen = this.addresses.findByIdAndUnitId(id, unitId)
			.orElseThrow(AddressNotFoundException::new);
		for (DeliveryAddressRecord address : this.addresses.findByUnitIdOrderByIdAsc(unitId)) {
			address.setDefaultAddress(address.getId().equals(chosen.getId()));
		}
		this.addresses.flush();
		log.info("Unit {} made delivery address {} its default", unitId, id);
	}

	/**
	 * Deletes the address; when it was the default, the oldest remaining one becomes it.
	 */
	public void delete(Long unitId, Long id) {
		lock(unitId);
		DeliveryAddressRecord address = this.addresses.findByIdAndUnitId(id, unitId)
			.orElseThrow(AddressNotFoundException::new);
		this.addresses.delete(address);
		this.addresses.flush();
		List<DeliveryAddressRecord> remaining = this.addresses.findByUnitIdOrderByIdAsc(unitId);
		if (!remaining.isEmpty() && remaining.stream().noneMatch(DeliveryAddressRecord::isDefaultAddress)) {
			remaining.get(0).setDefaultAddress(true);
			this.addresses.flush();
		}
		log.info("Unit {} deleted delivery address {}", unitId, id);
	}

	private void lock(Long unitId) {
		if (this.addresses.lockUnit(unitId).isEmpty()) {
			throw new AddressNotFoundException();
		}
	}

	private static void checked(AddressForm values) {
		List<AddressForm.Problem> problems = values.problems();
		if (!problems.isEmpty()) {
			throw new AddressException(problems.get(0).field(), problems.get(0).messageKey());
		}
	}

	private static Long parse(String value) {
		try {
			return (value != null) ? Long.valueOf(value.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
