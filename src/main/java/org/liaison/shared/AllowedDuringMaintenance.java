package org.liaison.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a web handler (method or controller) answering POST, PUT, PATCH or DELETE: it stays open
 * while {@link MaintenanceMode} is on, because it changes no stored data (a search or a
 * duplicate check sent as POST) or because it is the maintenance switch itself. Everything else
 * that is not GET, HEAD or OPTIONS is refused with 503 during maintenance.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface AllowedDuringMaintenance {}
