package fr.cpts.registry.persistence;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A read: runs in its own transaction whose session loads entities read-only, so that
 * Hibernate keeps no snapshots and does no dirty checking of what a GET loads. Called inside a write, it joins
 * the write's transaction and loads writable entities.
 */
@InterceptorBinding
@Target({ METHOD, TYPE })
@Retention(RUNTIME)
public @interface ReadOnlyTransaction {
}
