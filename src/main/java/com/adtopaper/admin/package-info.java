/**
 * The operators' channel: JSON endpoints now (/api/v1/admin), the admin site later.
 * Controllers, views and DTOs only; the domain is reached through module facades.
 */
@ApplicationModule(displayName = "Admin")
@NullMarked
package com.adtopaper.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
