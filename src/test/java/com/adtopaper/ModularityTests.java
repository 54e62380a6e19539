package com.adtopaper;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module layout of ARCHITECTURE.md holds: no cycles, nobody reaches into another
 * module's internals, and every module uses only the modules its package-info declares.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AdToPaperApplication.class);

	@Test
	void modulesOnlyUseEachOthersApi() {
		this.modules.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayUse() {
		// verify() checks the declared arrows; a module that declares none may use
		// anything
		assertThat(this.modules.stream()).allSatisfy((module) -> {
			String name = module.getBasePackage().getName();
			ApplicationModule declared = Class.forName(name + ".package-info").getAnnotation(ApplicationModule.class);
			assertThat(declared).as(name).isNotNull();
			assertThat(declared.allowedDependencies()).as(name).doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
