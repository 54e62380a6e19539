/**
 * The partners' channel (printer owners): their account now; printing and settlements
 * later. Controllers, views and DTOs only; the domain is reached through module facades.
 */
@ApplicationModule(displayName = "Partner site")
@NullMarked
package com.adtopaper.partner;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
