package com.adtopaper.agent;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A job on the IPP printer.
 *
 * @param state {@code pending}, {@code processing}, {@code completed}, {@code aborted}...
 * @param impressions sides printed so far ({@code job-impressions-completed})
 * @param sheets sheets printed so far ({@code job-media-sheets-completed})
 * @param reasons its {@code job-state-reasons}
 * @param message its {@code job-state-message}
 */
record IppJob(String state, int impressions, int sheets, List<String> reasons, String message) {

	boolean finished() {
		return switch (this.state) {
			case "completed", "aborted", "canceled" -> true;
			default -> false;
		};
	}

	boolean completed() {
		return "completed".equals(this.state);
	}

	/** Sides printed, by impressions if the printer counts them, else by sheets. */
	int sidesPrinted(boolean duplex) {
		return (this.impressions > 0) ? this.impressions : this.sheets * (duplex ? 2 : 1);
	}

	/**
	 * Why it stopped, as a code of the printer API, if its state reasons say; a job
	 * cancelled on the printer was cancelled there.
	 */
	@Nullable String failureCode() {
		String code = FailureCode.ofReasons(this.reasons);
		if (code == null && "canceled".equals(this.state)) {
			return "CANCELLED_AT_PRINTER";
		}
		return code;
	}

	/** Why it stopped, in the printer's words, for partners and operators. */
	String failure() {
		if (!this.message.isBlank()) {
			return this.message.strip();
		}
		return "The printer " + ("canceled".equals(this.state) ? "canceled" : "aborted") + " the job"
				+ (this.reasons.isEmpty() ? "" : " (" + String.join(", ", this.reasons) + ")");
	}

}
