package org.fairflow.portal.project;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.fairflow.portal.exhibit.ItemFields;
import org.fairflow.portal.exhibit.ItemForm;
import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ItemRefusedException;
import org.fairflow.portal.booth.ExhibitionZone;
import org.fairflow.portal.product.ProductCategory;

/**
 * The project form (项目发布) as typed. New images come as files beside it, kept ones as
 * {@code imageIds}.
 */
public class ProjectForm implements ItemForm<ProjectForm.Checked> {

	static final int MAX_IMAGES = 5;

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9\\- ]{4,19}$");

	private String name;

	private String zone;

	private String industry;

	private String summary;

	private String demand;

	private String contactName;

	private String contactPhone;

	private List<Long> imageIds = new ArrayList<>();

	record Checked(String name, ExhibitionZone zone, ProductCategory industry, String summary, TradeDemand demand,
			String contactName, String contactPhone) {
	}

	static ProjectForm of(ProjectContent c) {
		ProjectForm form = new ProjectForm();
		form.name = c.name();
		form.zone = c.zone().name();
		form.industry = c.industry().name();
		form.summary = c.summary();
		form.demand = c.demand().name();
		form.contactName = c.contactName();
		form.contactPhone = c.contactPhone();
		form.imageIds = new ArrayList<>(c.imageIds());
		return form;
	}

	@Override
	public Checked check(List<ItemRefusedException.Problem> problems) {
		String cleanName = ItemFields.required(ItemKind.PROJECT, "name", this.name, 100, problems);
		ExhibitionZone cleanZone = ExhibitionZone.of(this.zone);
		if (cleanZone == null) {
			problems.add(problem("zone", "project.zone.required"));
		}
		ProductCategory cleanIndustry = ProductCategory.of(this.industry);
		if (cleanIndustry == null) {
			problems.add(problem("industry", "project.industry.required"));
		}
		String cleanSummary = ItemFields.required(ItemKind.PROJECT, "summary", this.summary, 1000, problems);
		TradeDemand cleanDemand = TradeDemand.of(this.demand);
		if (cleanDemand == null) {
			problems.add(problem("demand", "project.demand.required"));
		}
		String cleanContact = ItemFields.required(ItemKind.PROJECT, "contactName", this.contactName, 20, problems);
		String cleanPhone = ItemFields.required(ItemKind.PROJECT, "contactPhone", this.contactPhone, 20, problems);
		if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
			problems.add(problem("contactPhone", "project.contactPhone.pattern"));
		}
		return new Checked(cleanName, cleanZone, cleanIndustry, cleanSummary, cleanDemand, cleanContact, cleanPhone);
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

	public String getZone() {
		return this.zone;
	}

	public void setZone(String zone) {
		this.zone = zone;
	}

	public String getIndustry() {
		return this.industry;
	}

	public void setIndustry(String industry) {
		this.industry = industry;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getDemand() {
		return this.demand;
	}

	public void setDemand(String demand) {
		this.demand = demand;
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

	@Override
	public List<Long> getImageIds() {
		return this.imageIds;
	}

	public void setImageIds(List<Long> imageIds) {
		this.imageIds = (imageIds == null) ? new ArrayList<>() : imageIds;
	}

}
