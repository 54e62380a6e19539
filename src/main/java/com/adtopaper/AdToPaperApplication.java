package com.adtopaper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AdToPaperApplication {

	public static void main(String[] args) {
		SpringApplication.run(AdToPaperApplication.class, args);
	}

}
