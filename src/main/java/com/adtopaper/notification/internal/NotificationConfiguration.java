package com.adtopaper.notification.internal;

import java.util.EnumMap;
import java.util.Map;

import com.adtopaper.member.DevicePlatform;
import com.adtopaper.member.PushDevices;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	/**
	 * APNs and FCM where they are configured; a log line where not. The gateways close
	 * with the dispatcher.
	 */
	@Bean
	PushDispatcher pushDispatcher(PushSettings settings, PushDevices devices, JsonMapper json, MeterRegistry meters) {
		Map<DevicePlatform, PushGateway> gateways = new EnumMap<>(DevicePlatform.class);
		gateways.put(DevicePlatform.APNS,
				settings.apns().enabled() ? new ApnsGateway(settings.apns()) : new LoggingGateway());
		gateways.put(DevicePlatform.FCM,
				settings.fcm().enabled() ? new FcmGateway(settings.fcm(), json) : new LoggingGateway());
		return new PushDispatcher(gateways, devices, settings, meters);
	}

}
