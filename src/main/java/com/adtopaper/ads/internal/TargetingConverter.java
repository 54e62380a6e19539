package com.adtopaper.ads.internal;

import com.adtopaper.ads.Targeting;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/** Targeting is stored as JSON: it is read whole, never queried by its parts. */
@Converter
public class TargetingConverter implements AttributeConverter<Targeting, String> {

	/** The column's size ({@code VARCHAR(4000)}). */
	public static final int MAX_LENGTH = 4000;

	private static final JsonMapper json = JsonMapper.builder().build();

	/** The targeting as it is stored. */
	public static String json(Targeting targeting) {
		return json.writeValueAsString(targeting);
	}

	@Override
	public String convertToDatabaseColumn(Targeting targeting) {
		return json(targeting);
	}

	@Override
	public Targeting convertToEntityAttribute(String column) {
		return json.readValue(column, Targeting.class);
	}

}
