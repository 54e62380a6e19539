/** The backup job, its S3 upload, its encryption and the restore command. */
@NullMarked
package com.adtopaper.backup.internal;

import org.jspecify.annotations.NullMarked;
