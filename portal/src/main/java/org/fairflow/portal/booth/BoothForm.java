package org.fairflow.portal.booth;

import org.fairflow.portal.exhibit.ItemRefusedException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The booth form (展台信息) as typed. Logo and images come as files beside it; kept media
 * come as ids ({@code logoId}, {@code imageIds}), videos as the ids their uploads
 * returned ({@code videoIds}).
 */
public class BoothForm {

	static final int MAX_TAGS = 10;

	static final int MAX_TAG = 20;

	static final int MAX_IMAGES = 5;

	static final int MAX_VIDEOS = 2;

	/** Chinese or English letters, digits and spaces (the guide). */
	private static final Pattern TAG = Pattern.compile("[\\p{IsHan}A-Za-z0-9 ]+");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9\\- ]{4,19}$");

	private String name;

	private String website;

	private String introduction;

	private String mainBusiness;

	private String tags;

	private String zone;

	private String boothNumber;

	private String contactName;

	private String contactPhone;

	private String contactEmail;

	private boolean showContact = true;

	private Long logoId;

	private List<Long> imageIds = new ArrayList<>();

	private List<Long> videoIds = new ArrayList<>();

	/** The form once every field checked out. */
	record Checked(String name, String website, String introduction, String mainBusiness, List<String> tags,
			ExhibitionZone zone, String boothNumber, String contactName, String contactPhone, String contactEmail,
			boolean showContact) {
	}

	/** Fills the form from a saved revision (to edit it). */
	static BoothForm of(BoothContent c) {
		BoothForm form = new BoothForm();
		form.name = c.name();
		form.website = c.website();
		form.introduction = c.introduction();
		form.mainBusiness = c.mainBusiness();
		form.tags = String.join("; ", c.tags());
		form.zone = c.zone().name();
		form.boothNumber = c.boothNumber();
		form.contactName = c.contactName();
		form.contactPhone = c.contactPhone();
		form.contactEmail = c.contactEmail();
		form.showContact = c.showContact();
		form.logoId = c.logoMediaId();
		form.imageIds = new ArrayList<>(c.imageIds());
		form.videoIds = new ArrayList<>(c.videoIds());
		return form;
	}

	/** Checks every field; each problem is added next to its field. */
	Checked check(List<ItemRefusedException.Problem> problems) {
		String cleanName = required("name", this.name, 100, problems);
		String cleanIntro = required("introduction", this.introduction, 500, problems);
		String cleanBusiness = required("mainBusiness", this.mainBusiness, 200, problems);
		String cleanWebsite = optional("website", this.website, 100, problems);
		if (cleanWebsite != null && !cleanWebsite.toLowerCase(Locale.ROOT).matches("^https?://[^\\s/]+\\.[^\\s]+$")) {
			problems.add(problem("website", "booth.website.pattern"));
		}
		List<String> cleanTags = parseTags(problems);
		ExhibitionZone cleanZone = ExhibitionZone.of(this.zone);
		if (cleanZone == null) {
			problems.add(problem("zone", "booth.zone.required"));
		}
		String cleanNumber = optional("boothNumber", this.boothNumber, 20, problems);
		String cleanContact = required("contactName", this.contactName, 20, problems);
		String cleanPhone = required("contactPhone", this.contactPhone, 20, problems);
		if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
			problems.add(problem("contactPhone", "booth.contactPhone.pattern"));
		}
		String cleanEmail = required("contactEmail", this.contactEmail, 50, problems);
		if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
			problems.add(problem("contactEmail", "booth.contactEmail.pattern"));
		}
		return new Checked(cleanName, cleanWebsite, cleanIntro, cleanBusiness, cleanTags, cleanZone, cleanNumber,
				cleanContact, cleanPhone, cleanEmail, this.showContact);
	}

	/**
	 * The tags as one field separated by semicolons, commas (also full-width) or new
	 * lines; blanks and repeats (ignoring case) dropped.
	 */
	List<String> parseTags(List<ItemRefusedException.Problem> problems) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> tags = new ArrayList<>();
		String raw = (this.tags == null) ? "" : this.tags;
		for (String part : raw.split("[;,；，\\r\\n]+")) {
			String tag = part.strip().replaceAll("\\s+", " ");
			if (tag.isEmpty() || !seen.add(tag.toLowerCase(Locale.ROOT))) {
				continue;
			}
			if (tag.length() > MAX_TAG) {
				problems.add(problem("tags", "booth.tags.size", tag, MAX_TAG));
				return tags;
			}
			if (!TAG.matcher(tag).matches()) {
				problems.add(problem("tags", "booth.tags.pattern", tag));
				return tags;
			}
			tags.add(tag);
		}
		if (tags.isEmpty()) {
			problems.add(problem("tags", "booth.tags.required"));
		}
		else if (tags.size() > MAX_TAGS) {
			problems.add(problem("tags", "booth.tags.tooMany", MAX_TAGS));
		}
		return tags;
	}

	private static String required(String field, String value, int max, List<ItemRefusedException.Problem> problems) {
		String clean = (value == null) ? "" : value.strip();
		if (clean.isEmpty()) {
			problems.add(problem(field, "booth." + field + ".required"));
			return null;
		}
		if (clean.length() > max) {
			problems.add(problem(field, "booth.field.size", max));
			return null;
		}
		return clean;
	}

	private static String optional(String field, String value, int max, List<ItemRefusedException.Problem> problems) {
		String clean = (value == null) ? "" : value.strip();
		if (clean.isEmpty()) {
			return null;
		}
		if (clean.length() > max) {
			problems.add(problem(field, "booth.field.size", max));
			return null;
		}
		return clean;
	}

	static ItemRefusedException.Problem problem(String field, String key, Object... args) {
		return new ItemRefusedException.Problem(field, key, args);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public String getMainBusiness() {
		return this.mainBusiness;
	}

	public void setMainBusiness(String mainBusiness) {
		this.mainBusiness = mainBusiness;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public String getZone() {
		return this.zone;
	}

	public void setZone(String zone) {
		this.zone = zone;
	}

	public String getBoothNumber() {
		return this.boothNumber;
	}

	public void setBoothNumber(String boothNumber) {
		this.boothNumber = boothNumber;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public boolean isShowContact() {
		return this.showContact;
	}

	public void setShowContact(boolean showContact) {
		this.showContact = showContact;
	}

	public Long getLogoId() {
		return this.logoId;
	}

	public void setLogoId(Long logoId) {
		this.logoId = logoId;
	}

	public List<Long> getImageIds() {
		return this.imageIds;
	}

	public void setImageIds(List<Long> imageIds) {
		this.imageIds = (imageIds == null) ? new ArrayList<>() : imageIds;
	}

	public List<Long> getVideoIds() {
		return this.videoIds;
	}

	public void setVideoIds(List<Long> videoIds) {
		this.videoIds = (videoIds == null) ? new ArrayList<>() : videoIds;
	}

}
