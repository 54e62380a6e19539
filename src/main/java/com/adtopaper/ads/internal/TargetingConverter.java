package com.adtopaper.ads.internal;

import com.adtopaper.ads.Targeting;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/** Targeting is stored as JSON: it is read whole, never queried by its parts. */
@Converter
class TargetingConverter implements AttributeConverter<Targeting, String> {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(Targeting targeting) {
		return json.writeValueAsString(targeting);
	}

	@Override
	public Targeting convertToEntityAttribute(String column) {
		return json.readValue(column, Targeting.class);
	}

}
