package com.adtopaper.advertiser;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.adtopaper.ads.CampaignReport;
import com.adtopaper.ads.CampaignReport.Bucket;
import com.adtopaper.ads.CampaignReport.Slice;
import com.adtopaper.ads.ReportDimension;

/** A report as the page draws it: bars scaled to the tallest, breakdowns with labels. */
record ReportView(CampaignReport report, List<Bar> hourly, List<Bar> daily, List<Breakdown> breakdowns) {

	record Bar(String label, long pages, long spend, int percent) {

	}

	record Line(String label, long pages, long spend, int percent) {

	}

	record Breakdown(ReportDimension dimension, List<Line> lines) {

	}

	static ReportView of(CampaignReport report, Map<ReportDimension, Function<String, String>> labels) {
		List<Breakdown> breakdowns = report.breakdowns()
			.entrySet()
			.stream()
			.map((entry) -> breakdown(entry.getKey(), entry.getValue(), labels.get(entry.getKey()), report.pages()))
			.toList();
		return new ReportView(report, bars(report.hourly()), bars(report.daily()), breakdowns);
	}

	private static List<Bar> bars(List<Bucket> buckets) {
		long tallest = Math.max(1, buckets.stream().mapToLong(Bucket::pages).max().orElse(1));
		return buckets.stream()
			.map((bucket) -> new Bar(bucket.label(), bucket.pages(), bucket.spend(),
					(int) (bucket.pages() * 100 / tallest)))
			.toList();
	}

	private static Breakdown breakdown(ReportDimension dimension, List<Slice> slices, Function<String, String> label,
			long total) {
		long all = Math.max(1, total);
		return new Breakdown(dimension,
				slices.stream()
					.map((slice) -> new Line(label.apply(slice.value()), slice.pages(), slice.spend(),
							(int) (slice.pages() * 100 / all)))
					.toList());
	}

}
