package org.fairflow.workers.courier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A SIMULATION of a courier: it books nothing with any real carrier and no parcel moves.
 *
 * <p>
 * The tracking number is {@code SIM} followed by 12 digits derived from the shipment key
 * (SHA-256), so the same key always gets the same number. Every shipment is stored in
 * table {@code courier_shipment} under its unique key: a repeated call returns the stored
 * row and stores nothing new.
 */
class SimulatedCourierService implements CourierService {

	static final String CARRIER = "模拟快递 Simulated courier";

	private static final Logger log = LoggerFactory.getLogger(SimulatedCourierService.class);

	private final JdbcTemplate jdbc;

	SimulatedCourierService(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		log.warn("Courier is a SIMULATION: no parcel is booked with any carrier; tracking numbers start with SIM");
	}

	@Override
	public Shipment ship(ShipmentRequest request) {
		if (request.shipmentKey() == null || request.shipmentKey().isBlank()) {
			throw new IllegalArgumentException("A shipment needs a shipment key");
		}
		Optional<Shipment> existing = find(request.shipmentKey());
		if (existing.isPresent()) {
			log.info("Shipment {} was booked before ({}); not booked again", request.shipmentKey(),
					existing.get().trackingNumber());
			return existing.get();
		}
		String trackingNumber = trackingNumber(request.shipmentKey());
		try {
			this.jdbc.update(
					"insert into courier_shipment (shipment_key, carrier, tracking_number, recipient_name, phone, "
							+ "address, contents, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
					request.shipmentKey(), CARRIER, trackingNumber, request.recipientName(), request.phone(),
					String.join("\n", request.addressLines()), request.contents(), Timestamp.from(Instant.now()));
		}
		catch (DuplicateKeyException ex) {
			// A concurrent first call won; its row is the shipment.
			return find(request.shipmentKey()).orElseThrow(() -> ex);
		}
		log.info("SIMULATED shipment {} booked: {} ({})", request.shipmentKey(), trackingNumber, request);
		return new Shipment(request.shipmentKey(), CARRIER, trackingNumber);
	}

	private Optional<Shipment> find(String shipmentKey) {
		List<Shipment> rows = this.jdbc.query(
				"select shipment_key, carrier, tracking_number from courier_shipment where shipment_key = ?",
				(rs, i) -> new Shipment(rs.getString(1), rs.getString(2), rs.getString(3)), shipmentKey);
		return rows.stream().findFirst();
	}

	/** {@code SIM} and 12 digits from the key's SHA-256: stable for a key. */
	static String trackingNumber(String shipmentKey) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(shipmentKey.getBytes(StandardCharsets.UTF_8));
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value = (value << 8) | (hash[i] & 0xFF);
			}
			return "SIM" + String.format("%012d", Long.remainderUnsigned(value, 1_000_000_000_000L));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
