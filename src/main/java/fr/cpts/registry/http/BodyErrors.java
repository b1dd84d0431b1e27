package fr.cpts.registry.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;

/**
 * Collects what is wrong with a request body — Bean Validation and the checks it cannot express (references to
 * other records, dates at their precision) — so that one 422 lists every invalid field by JSON pointer.
 */
public final class BodyErrors {

    private final List<ProblemError> errors = new ArrayList<>();

    public void reject(String pointer, String detail) {
        errors.add(ProblemError.body(pointer, detail));
    }

    /** Adds the Bean Validation violations of a body built outside the resource method (e.g. by a merge patch). */
    public <T> void validate(Validator validator, T body) {
        validator.validate(body).forEach(v -> reject(ProblemMappers.pointer(v), v.getMessage()));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw exception();
        }
    }

    /** The 422 listing the errors collected, by pointer. */
    ApiException exception() {
        List<ProblemError> sorted = errors.stream()
                .sorted(Comparator.comparing(ProblemError::name).thenComparing(ProblemError::detail)).toList();
        return new ApiException(ProblemType.VALIDATION_FAILED, sorted.size() == 1 ? "1 field is invalid."
                : sorted.size() + " fields are invalid.", sorted);
    }
}
