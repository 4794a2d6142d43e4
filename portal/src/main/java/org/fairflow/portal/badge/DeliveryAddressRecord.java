package org.fairflow.portal.badge;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fairflow.workers.courier.DeliveryAddress;

/** One of a unit's saved delivery addresses (at most 5, one default). */
@Entity
@Table(name = "badge_delivery_address")
class DeliveryAddressRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "recipient_name", nullable = false)
	private String recipientName;

	@Column(nullable = false)
	private String mobile;

	@Column(nullable = false)
	private String province;

	@Column(nullable = false)
	private String city;

	@Column(nullable = false)
	private String district;

	@Column(nullable = false)
	private String street;

	@Column(nullable = false)
	private String postcode;

	@Column(name = "is_default", nullable = false)
	private boolean defaultAddress;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	protected DeliveryAddressRecord() {
	}

	DeliveryAddressRecord(Long unitId, AddressForm values) {
		this.unitId = unitId;
		update(values);
	}

	void update(AddressForm values) {
		this.recipientName = values.getRecipientName().strip();
		this.mobile = values.getMobile().strip();
		this.province = values.getProvince().strip();
		this.city = values.getCity().strip();
		this.district = values.getDistrict().strip();
		this.street = values.getStreet().strip();
		this.postcode = values.getPostcode().strip();
		this.updatedAt = Instant.now();
	}

	void setDefaultAddress(boolean defaultAddress) {
		if (this.defaultAddress != defaultAddress) {
			this.defaultAddress = defaultAddress;
			this.updatedAt = Instant.now();
		}
	}

	DeliveryAddress toDeliveryAddress() {
		return new DeliveryAddress(this.recipientName, this.mobile,
				List.of(this.province + " " + this.city + " " + this.district, this.street, this.postcode));
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getRecipientName() {
		return this.recipientName;
	}

	public String getMobile() {
		return this.mobile;
	}

	public String getProvince() {
		return this.province;
	}

	public String getCity() {
		return this.city;
	}

	public String getDistrict() {
		return this.district;
	}

	public String getStreet() {
		return this.street;
	}

	public String getPostcode() {
		return this.postcode;
	}

	public boolean isDefaultAddress() {
		return this.defaultAddress;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
