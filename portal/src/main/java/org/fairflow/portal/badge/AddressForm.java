package org.fairflow.portal.badge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The delivery address form, and the rules every stored address keeps. */
class AddressForm {

	static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	static final Pattern POSTCODE = Pattern.compile("[0-9]{6}");

	private String recipientName = "";

	private String mobile = "";

	private String province = "";

	private String city = "";

	private String district = "";

	private String street = "";

	private String postcode = "";

	static AddressForm of(DeliveryAddressRecord address) {
		AddressForm form = new AddressForm();
		form.setRecipientName(address.getRecipientName());
		form.setMobile(address.getMobile());
		form.setProvince(address.getProvince());
		form.setCity(address.getCity());
		form.setDistrict(address.getDistrict());
		form.setStreet(address.getStreet());
		form.setPostcode(address.getPostcode());
		return form;
	}

	/** A problem with one field: the field and a message key. */
	record Problem(String field, String messageKey) {
	}

	/** Every problem of this form; empty when it can be stored. */
	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		text(problems, "recipientName", this.recipientName, 30);
		if (this.mobile.isBlank()) {
			problems.add(new Problem("mobile", "badge.address.mobile.required"));
		}
		else if (!MAINLAND_MOBILE.matcher(this.mobile.strip()).matches()) {
			problems.add(new Problem("mobile", "badge.address.mobile.mainland"));
		}
		text(problems, "province", this.province, 20);
		text(problems, "city", this.city, 30);
		text(problems, "district", this.district, 30);
		text(problems, "street", this.street, 120);
		if (this.postcode.isBlank()) {
			problems.add(new Problem("postcode", "badge.address.postcode.required"));
		}
		else if (!POSTCODE.matcher(this.postcode.strip()).matches()) {
			problems.add(new Problem("postcode", "badge.address.postcode.invalid"));
		}
		return problems;
	}

	private static void text(List<Problem> problems, String field, String value, int max) {
		if (value.isBlank()) {
			problems.add(new Problem(field, "badge.address." + field + ".required"));
		}
		else if (value.strip().length() > max) {
			problems.add(new Problem(field, "badge.address." + field + ".size"));
		}
	}

	private static String clean(String value) {
		return (value != null) ? value : "";
	}

	public String getRecipientName() {
		return this.recipientName;
	}

	public void setRecipientName(String recipientName) {
		this.recipientName = clean(recipientName);
	}

	public String getMobile() {
		return this.mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = clean(mobile);
	}

	public String getProvince() {
		return this.province;
	}

	public void setProvince(String province) {
		this.province = clean(province);
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = clean(city);
	}

	public String getDistrict() {
		return this.district;
	}

	public void setDistrict(String district) {
		this.district = clean(district);
	}

	public String getStreet() {
		return this.street;
	}

	public void setStreet(String street) {
		this.street = clean(street);
	}

	public String getPostcode() {
		return this.postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = clean(postcode);
	}

}
