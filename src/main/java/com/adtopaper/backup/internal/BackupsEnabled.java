package com.adtopaper.backup.internal;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * {@code adtopaper.backups.enabled} if set; otherwise whether a bucket is: production
 * backs up once it is given one, and the embedded default never does.
 */
class BackupsEnabled extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String enabled = context.getEnvironment().getProperty("adtopaper.backups.enabled");
		if (StringUtils.hasText(enabled)) {
			boolean on = Boolean.parseBoolean(enabled.trim());
			return new ConditionOutcome(on, "adtopaper.backups.enabled is " + enabled);
		}
		boolean bucket = StringUtils.hasText(context.getEnvironment().getProperty("adtopaper.backups.bucket"));
		return new ConditionOutcome(bucket, bucket ? "adtopaper.backups.bucket is set" : "no backup bucket");
	}

}
