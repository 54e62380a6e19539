package com.adtopaper.appapi;

import java.net.URI;
import java.util.List;

import com.adtopaper.member.Device;
import com.adtopaper.member.DevicePlatform;
import com.adtopaper.member.MemberProfile;
import com.adtopaper.member.Members;
import com.adtopaper.member.PushDevices;
import com.adtopaper.member.SchoolVerification;
import com.adtopaper.platform.security.CurrentAccount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in member: profile, school verification, push preference and push devices.
 */
@RestController
class MeController {

	private final Members members;

	private final SchoolVerification verification;

	private final PushDevices devices;

	MeController(Members members, SchoolVerification verification, PushDevices devices) {
		this.members = members;
		this.verification = verification;
		this.devices = devices;
	}

	record PushPreference(@NotNull Boolean optedOut) {
	}

	record VerificationCode(@NotBlank @Size(max = 12) String code) {
	}

	record DeviceRequest(@NotNull DevicePlatform platform, @NotBlank @Size(max = 4096) String token) {
	}

	@GetMapping("/api/v1/me")
	MemberProfile me(CurrentAccount me) {
		return this.members.profile(me.id());
	}

	/** The code of the verification mail, typed into the app. */
	@PostMapping("/api/v1/me/verification")
	MemberProfile verify(CurrentAccount me, @Valid @RequestBody VerificationCode code) {
		this.verification.verifyByCode(me.id(), code.code());
		return this.members.profile(me.id());
	}

	/** A new verification mail (the last one expired or got lost). */
	@PostMapping("/api/v1/me/verification/mail")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void resend(CurrentAccount me) {
		this.verification.sendVerification(me.id());
	}

	@PutMapping("/api/v1/me/push-preference")
	MemberProfile choosePush(CurrentAccount me, @Valid @RequestBody PushPreference preference) {
		return this.members.choosePush(me.id(), preference.optedOut());
	}

	@GetMapping("/api/v1/me/devices")
	List<Device> devices(CurrentAccount me) {
		return this.devices.devices(me.id());
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/me/devices")
	ResponseEntity<Device> registerDevice(CurrentAccount me, @Valid @RequestBody DeviceRequest request) {
		Device device = this.devices.registerDevice(me.id(), request.platform(), request.token());
		return ResponseEntity.created(URI.create("/api/v1/me/devices/" + device.id())).body(device);
	}

	@DeleteMapping("/api/v1/me/devices/{deviceId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeDevice(CurrentAccount me, @PathVariable long deviceId) {
		this.devices.removeDevice(me.id(), deviceId);
	}

}
