package com.adtopaper;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module layout of ARCHITECTURE.md holds: no cycles, nobody reaches into another
 * module's internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AdToPaperApplication.class);

	@Test
	void modulesOnlyUseEachOthersApi() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
