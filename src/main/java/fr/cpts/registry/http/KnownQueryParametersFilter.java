package fr.cpts.registry.http;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects, with one 400, query parameters an operation does not declare (a typo such as {@code statut=} must not
 * silently return everything), and declared ones given more than once or empty; operations that
 * {@link ChecksOwnQueryParameters} are left to do it.
 */
public class KnownQueryParametersFilter {

    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(ChecksOwnQueryParameters.class)
                || method.getDeclaringClass().isAnnotationPresent(ChecksOwnQueryParameters.class)) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, KnownQueryParametersFilter::declaredBy);
        List<ProblemError> errors = new ArrayList<>();
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            if (!declared.contains(name)) {
                errors.add(ProblemError.query(name, declared.isEmpty()
                        ? "unknown parameter; this operation takes no query parameter"
                        : "unknown parameter; accepted: " + String.join(", ", declared)));
            } else if (values.size() > 1) {
                errors.add(ProblemError.query(name, "given " + values.size() + " times; give it at most once"));
            } else if (values.get(0).isBlank()) {
                errors.add(ProblemError.query(name, "is empty; give a value or leave the parameter out"));
            }
        });
        if (!errors.isEmpty()) {
            throw QueryParameters.invalid(errors);
        }
    }

    private static Set<String> declaredBy(Method method) {
        java.util.SortedSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            names.add(fieldQuery.value());
                        }
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableSortedSet(names);
    }
}
