package fr.cpts.registry.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Operations (or every operation of a resource class) that check their query parameters themselves, so
 * {@link KnownQueryParametersFilter} leaves them alone: FHIR search parameters carry modifiers and prefixes
 * ({@code name:contains}, {@code _lastUpdated=gt...}, given twice for a range) and the client chooses whether unknown
 * ones are refused or ignored ({@code Prefer: handling=strict|lenient}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface ChecksOwnQueryParameters {
}
