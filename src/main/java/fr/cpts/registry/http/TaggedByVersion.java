package fr.cpts.registry.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET whose ETag is the version of the resource named by its path parameter {@code id}: a conditional request
 * naming the current version is answered 304 from the version alone, without building the representation
 * ({@link ConditionalGetFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TaggedByVersion {
}
