package com.adtopaper.advertiser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import com.adtopaper.ads.Campaign;
import com.adtopaper.ads.CampaignDraft;
import com.adtopaper.ads.Priority;
import com.adtopaper.ads.Targeting;
import com.adtopaper.member.Gender;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The campaign form of the site. Lists typed by hand (majors, years, printers, regions)
 * are comma-separated; the rest are checkboxes and selections.
 */
class CampaignForm {

	private String name = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endsOn;

	private @Nullable Long totalBudget;

	private @Nullable Long dailyBudget;

	private @Nullable Long pricePerPage;

	private Priority priority = Priority.REMNANT;

	private int weight = 100;

	private int frequencyCap;

	private Set<Long> schoolIds = new LinkedHashSet<>();

	private String majors = "";

	private String admissionYears = "";

	private Set<Gender> genders = new LinkedHashSet<>();

	private Set<Long> printerIds = new LinkedHashSet<>();

	private String regions = "";

	private Set<Integer> hours = new LinkedHashSet<>();

	private Set<DayOfWeek> weekdays = new LinkedHashSet<>();

	static CampaignForm of(Campaign campaign) {
		CampaignForm form = new CampaignForm();
		form.name = campaign.name();
		form.startsOn = campaign.startsOn();
		form.endsOn = campaign.endsOn();
		form.totalBudget = campaign.totalBudget();
		form.dailyBudget = campaign.dailyBudget();
		form.pricePerPage = campaign.pricePerPage();
		form.priority = campaign.priority();
		form.weight = campaign.weight();
		form.frequencyCap = campaign.frequencyCap();
		Targeting targeting = campaign.targeting();
		form.schoolIds = new LinkedHashSet<>(targeting.schoolIds());
		form.majors = CampaignFields.join(targeting.majors());
		form.admissionYears = CampaignFields.join(targeting.admissionYears());
		form.genders = new LinkedHashSet<>(targeting.genders());
		form.printerIds = new LinkedHashSet<>(targeting.printerIds());
		form.regions = CampaignFields.join(targeting.regions());
		form.hours = new LinkedHashSet<>(targeting.hours());
		form.weekdays = new LinkedHashSet<>(targeting.weekdays());
		return form;
	}

	/** The draft the facade checks; a field the form cannot read is refused by name. */
	CampaignDraft toDraft() {
		return new CampaignDraft(this.name.strip(), CampaignFields.required("startsOn", this.startsOn),
				CampaignFields.required("endsOn", this.endsOn),
				CampaignFields.required("totalBudget", this.totalBudget),
				CampaignFields.required("dailyBudget", this.dailyBudget),
				CampaignFields.required("pricePerPage", this.pricePerPage), this.priority, this.weight,
				this.frequencyCap,
				new Targeting(this.schoolIds, CampaignFields.split(this.majors, "majors", Function.identity()),
						CampaignFields.split(this.admissionYears, "admissionYears", Integer::valueOf), this.genders,
						this.printerIds, CampaignFields.split(this.regions, "regions", Function.identity()), this.hours,
						this.weekdays));
	}

	// accessors for data binding and the template

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public @Nullable Long getTotalBudget() {
		return this.totalBudget;
	}

	public void setTotalBudget(@Nullable Long totalBudget) {
		this.totalBudget = totalBudget;
	}

	public @Nullable Long getDailyBudget() {
		return this.dailyBudget;
	}

	public void setDailyBudget(@Nullable Long dailyBudget) {
		this.dailyBudget = dailyBudget;
	}

	public @Nullable Long getPricePerPage() {
		return this.pricePerPage;
	}

	public void setPricePerPage(@Nullable Long pricePerPage) {
		this.pricePerPage = pricePerPage;
	}

	public Priority getPriority() {
		return this.priority;
	}

	public void setPriority(Priority priority) {
		this.priority = priority;
	}

	public int getWeight() {
		return this.weight;
	}

	public void setWeight(int weight) {
		this.weight = weight;
	}

	public int getFrequencyCap() {
		return this.frequencyCap;
	}

	public void setFrequencyCap(int frequencyCap) {
		this.frequencyCap = frequencyCap;
	}

	public Set<Long> getSchoolIds() {
		return this.schoolIds;
	}

	public void setSchoolIds(Set<Long> schoolIds) {
		this.schoolIds = schoolIds;
	}

	public String getMajors() {
		return this.majors;
	}

	public void setMajors(String majors) {
		this.majors = majors;
	}

	public String getAdmissionYears() {
		return this.admissionYears;
	}

	public void setAdmissionYears(String admissionYears) {
		this.admissionYears = admissionYears;
	}

	public Set<Gender> getGenders() {
		return this.genders;
	}

	public void setGenders(Set<Gender> genders) {
		this.genders = genders;
	}

	public Set<Long> getPrinterIds() {
		return this.printerIds;
	}

	public void setPrinterIds(Set<Long> printerIds) {
		this.printerIds = printerIds;
	}

	public String getRegions() {
		return this.regions;
	}

	public void setRegions(String regions) {
		this.regions = regions;
	}

	public Set<Integer> getHours() {
		return this.hours;
	}

	public void setHours(Set<Integer> hours) {
		this.hours = hours;
	}

	public Set<DayOfWeek> getWeekdays() {
		return this.weekdays;
	}

	public void setWeekdays(Set<DayOfWeek> weekdays) {
		this.weekdays = weekdays;
	}

}
