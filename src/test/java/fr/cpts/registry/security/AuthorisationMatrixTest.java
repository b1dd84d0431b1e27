package fr.cpts.registry.security;

import static fr.cpts.registry.WriteFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.cpts.registry.WriteFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Every write endpoint, with a valid body and the right If-Match, under every kind of credential: no token or an
 * invalid one is a 401 with a Bearer challenge, a token without a registry role a 403, an editor may do everything but
 * delete a CPTS and write sources, an admin everything. A refused write changes nothing.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    enum Credential {
        NO_TOKEN(() -> null, 401),
        EXPIRED(Tokens::expired, 401),
        FOREIGN_KEY(AuthorisationMatrixTest::foreignKey, 401),
        WRONG_ISSUER(Tokens::wrongIssuer, 401),
        READER(Tokens::reader, 403),
        EDITOR(WriteFixtures::editorToken, 0),
        ADMIN(WriteFixtures::adminToken, 0);

        final Supplier<String> token;
        /** The status every write gets with it; 0 when it depends on the operation. */
        final int refusal;

        Credential(Supplier<String> token, int refusal) {
            this.token = token;
            this.refusal = refusal;
        }

        int statusFor(Endpoint endpoint) {
            if (refusal != 0) {
                return refusal;
            }
            return this == EDITOR && endpoint.adminOnly ? 403 : endpoint.success;
        }
    }

    /** Minting a token with a new RSA key is slow: one for the whole matrix (valid 5 minutes). */
    private static String foreignKey;

    static synchronized String foreignKey() {
        if (foreignKey == null) {
            foreignKey = Tokens.foreignKey();
        }
        return foreignKey;
    }

    /**
     * The targets of refused writes, one per endpoint: a refusal changes nothing, so every credential refused on an
     * endpoint can try the same one, still at version 0. Writes that succeed get a fresh target each.
     */
    private static final Map<Endpoint, Target> UNTOUCHED = new EnumMap<>(Endpoint.class);

    /** The port of the application under test: Quarkus points RestAssured at it for each test only. */
    private static int port;

    @AfterAll
    static void deleteUntouchedTargets() {
        int current = RestAssured.port;
        RestAssured.port = port;
        try {
            UNTOUCHED.values().forEach(AuthorisationMatrixTest::cleanUp);
            UNTOUCHED.clear();
        } finally {
            RestAssured.port = current;
        }
    }

    private static void cleanUp(Target target) {
        WriteFixtures.delete(target.cptsId);
        deleteSource(target.sourceId);
    }

    /** What a case writes to: a fresh CPTS or source, or the name of the one it creates. */
    static final class Target {
        String cptsId;
        String sourceId;
        String etag;
        String word = token();
    }

    enum Endpoint {
        CREATE_CPTS("POST /v1/cpts", 201, false) {
            @Override
            Target prepare() {
                return new Target();
            }

            @Override
            Response send(RequestSpecification request, Target target) {
                return request.body(cptsBody("CPTS essai " + target.word))
                        .post("/v1/cpts");
            }

            @Override
            void adopt(Response response, Target target) {
                target.cptsId = response.path("id");
            }

            @Override
            void assertDone(Response response, Target target) {
                given().get(response.header("Location")).then().statusCode(200)
                        .header("ETag", equalTo("\"v0\""))
                        .body("name", equalTo("CPTS essai " + target.word));
            }

            @Override
            void assertUntouched(Target target) {
                given().queryParam("q", target.word).get("/v1/cpts").then().statusCode(200)
                        .body("items.size()", equalTo(0));
            }
        },
        REPLACE_CPTS("PUT /v1/cpts/{id}", 200, false) {
            @Override
            Response send(RequestSpecification request, Target target) {
                return request.body(cptsBody(uniqueName())).put(cpts(target));
            }
        },
        PATCH_CPTS("PATCH /v1/cpts/{id}", 200, false) {
            @Override
            Response send(RequestSpecification request, Target target) {
                return request.contentType(MERGE_PATCH).body("{\"declaredPopulation\": {\"value\": 36000}}")
                        .patch(cpts(target));
            }
        },
        DELETE_CPTS("DELETE /v1/cpts/{id}", 204, true) {
            @Override
            Response send(RequestSpecification request, Target target) {
                return request.delete(cpts(target));
            }

            @Override
            void assertDone(Response response, Target target) {
                problem(given().get(cpts(target)).then(), 410, "gone");
            }
        },
        RECORD_STAGE("POST /v1/cpts/{id}/lifecycle", 200, false) {
            @Override
            Response send(RequestSpecification request, Target target) {
                return request.body(stage("PRE_PROJECT", "2023-05", "MONTH"))
                        .post(cpts(target) + "/lifecycle");
            }
        },
        SET_CONTRACT("PUT /v1/cpts/{id}/contract", 200, false) {
            @Override
            Response send(RequestSpecification request, Target target) {
                return request.body(contract("2024-06-12", "DAY"))
                        .put(cpts(target) + "/contract");
            }
        },
        SET_MISSIONS("PUT /v1/cpts/{id}/missions", 200, false) {
            @Override
            Response send(RequestSpecification request, Target target) {
                return request.body(missions("PREVENTION"))
                        .put(cpts(target) + "/missions");
            }
        },
        RECORD_MEMBERSHIP("POST /v1/cpts/{id}/membership", 201, false) {
            @Override
            Response send(RequestSpecification request, Target target) {
                return request.body(membership("2025-01-15", 64, "EXACT"))
                        .post(cpts(target) + "/membership");
            }
        },
        SET_TERRITORY("PUT /v1/cpts/{id}/territory", 200, false) {
            @Override
            Response send(RequestSpecification request, Target target) {
                return request.body(territoryOfCommunes("62433"))
                        .put(cpts(target) + "/territory");
            }
        },
        CLEAR_TERRITORY("DELETE /v1/cpts/{id}/territory", 204, false) {
            @Override
            Response send(RequestSpecification request, Target target) {
                return request.delete(cpts(target) + "/territory");
            }
        },
        CREATE_SOURCE("POST /v1/sources", 201, true) {
            @Override
            Target prepare() {
                return new Target();
            }

            @Override
            Response send(RequestSpecification request, Target target) {
                return request.body(sourceBody("Communiqué " + target.word, "2025-03-04"))
                        .post("/v1/sources");
            }

            @Override
            void adopt(Response response, Target target) {
                target.sourceId = response.path("id");
            }

            @Override
            void assertDone(Response response, Target target) {
                given().get(response.header("Location")).then().statusCode(200)
                        .header("ETag", equalTo("\"v0\""))
                        .body("title", equalTo("Communiqué " + target.word));
            }

            @Override
            void assertUntouched(Target target) {
                given().queryParam("limit", 200).get("/v1/sources").then().statusCode(200)
                        .body("items.title", not(hasItem("Communiqué " + target.word)));
            }
        },
        REPLACE_SOURCE("PUT /v1/sources/{id}", 200, true) {
            @Override
            Target prepare() {
                return sourceTarget();
            }

            @Override
            Response send(RequestSpecification request, Target target) {
                return request.body(sourceBody("Communiqué corrigé", "2025-03-05"))
                        .put("/v1/sources/" + target.sourceId);
            }

            @Override
            void assertDone(Response response, Target target) {
                given().get("/v1/sources/" + target.sourceId).then().statusCode(200)
                        .header("ETag", equalTo("\"v1\""))
                        .header("ETag", equalTo(response.header("ETag")))
                        .body("title", equalTo("Communiqué corrigé"));
            }

            @Override
            void assertUntouched(Target target) {
                given().get("/v1/sources/" + target.sourceId).then().statusCode(200)
                        .header("ETag", equalTo("\"v0\""))
                        .body("title", equalTo("Communiqué " + target.word));
            }
        },
        DELETE_SOURCE("DELETE /v1/sources/{id}", 204, true) {
            @Override
            Target prepare() {
                return sourceTarget();
            }

            @Override
            Response send(RequestSpecification request, Target target) {
                return request.delete("/v1/sources/" + target.sourceId);
            }

            @Override
            void assertDone(Response response, Target target) {
                problem(given().get("/v1/sources/" + target.sourceId).then(), 404, "not-found");
            }

            @Override
            void assertUntouched(Target target) {
                given().get("/v1/sources/" + target.sourceId).then().statusCode(200).header("ETag", equalTo("\"v0\""));
            }
        };

        final String label;
        final int success;
        final boolean adminOnly;

        Endpoint(String label, int success, boolean adminOnly) {
            this.label = label;
            this.success = success;
            this.adminOnly = adminOnly;
        }

        /** By default: a fresh CPTS, at version 0. */
        Target prepare() {
            Target target = new Target();
            target.cptsId = create();
            target.etag = "\"v0\"";
            return target;
        }

        abstract Response send(RequestSpecification request, Target target);

        /** Takes charge of what a creation created, whoever was allowed to, so that it is cleaned up. */
        void adopt(Response response, Target target) {
        }

        /** By default: the CPTS moved to version 1, the ETag the write answered. */
        void assertDone(Response response, Target target) {
            assertEquals("\"v1\"", response.header("ETag"), "the write answers the CPTS's new ETag");
            assertEquals("\"v1\"", etag(target.cptsId));
            assertEquals(2, history(target.cptsId).size(), "the write is recorded");
        }

        /** By default: the CPTS is still at version 0 and has only its creation in its history. */
        void assertUntouched(Target target) {
            assertEquals("\"v0\"", etag(target.cptsId), "the CPTS is unchanged");
            assertEquals(1, history(target.cptsId).size(), "nothing was recorded");
        }

        static String cpts(Target target) {
            return "/v1/cpts/" + target.cptsId;
        }

        static Target sourceTarget() {
            Target target = new Target();
            target.sourceId = createSource("Communiqué " + target.word);
            target.etag = "\"v0\"";
            return target;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Arguments> cases() {
        return Arrays.stream(Endpoint.values())
                .flatMap(endpoint -> Arrays.stream(Credential.values()).map(credential -> Arguments.of(endpoint, credential)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void writeUnder(Endpoint endpoint, Credential credential) {
        port = RestAssured.port;
        int expected = credential.statusFor(endpoint);
        boolean refused = expected == 401 || expected == 403;
        Target target = refused ? UNTOUCHED.computeIfAbsent(endpoint, Endpoint::prepare) : endpoint.prepare();
        try {
            RequestSpecification request = write(credential.token.get(), target.etag);
            Response response = endpoint.send(request, target);
            if (response.statusCode() == 201) {
                endpoint.adopt(response, target);
            }
            ValidatableResponse then = response.then();
            if (expected == 401) {
                problem(then, 401, "unauthorized").header("WWW-Authenticate", startsWith("Bearer"));
                if (credential != Credential.NO_TOKEN) {
                    then.header("WWW-Authenticate", containsString("error=\"invalid_token\""));
                }
                endpoint.assertUntouched(target);
            } else if (expected == 403) {
                problem(then, 403, "forbidden");
                endpoint.assertUntouched(target);
            } else {
                then.statusCode(expected);
                endpoint.assertDone(response, target);
            }
        } finally {
            if (!refused) {
                cleanUp(target);
            }
        }
    }
}
