package fr.cpts.registry.membership;

import static fr.cpts.registry.WriteFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.CreatesCpts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** POST /v1/cpts/{id}/membership appends a dated count; the latest by date is the current one. */
@QuarkusTest
class MembershipWriteTest extends CreatesCpts {

    private static ValidatableResponse record(String id, String body) {
        return editor(etag(id)).body(body).post("/v1/cpts/" + id + "/membership").then();
    }

    @Test
    void countsAreAppendedTheLatestByDateIsCurrent() {
        String id = newCpts();
        given().get("/v1/cpts/" + id + "/membership").then().statusCode(200).body("current", nullValue());

        editor("\"v0\"").body("""
                {"asOf": "2025-01-15", "members": {"value": 64, "precision": "EXACT"}, "counted": " adhérents ",
                 "professions": ["médecins généralistes", " infirmiers "], "professionsComplete": true,
                 "establishments": {"value": 7, "precision": "AT_LEAST"}, "memberOrganisations": ["Hôpital de Lure"],
                 "sourceId": "%s", "quote": "64 adhérents"}""".formatted(SOURCE))
                .post("/v1/cpts/" + id + "/membership").then().statusCode(201)
                .header("ETag", equalTo("\"v1\""))
                .header("Location", endsWith("/v1/cpts/" + id + "/membership"))
                .body("current.id", matchesPattern("^mem_[0-9a-z]{12}$"))
                .body("current.asOf", equalTo("2025-01-15"))
                .body("current.members.value", equalTo(64))
                .body("current.members.precision", equalTo("EXACT"))
                .body("current.counted", equalTo("adhérents"))
                .body("current.professions", contains("médecins généralistes", "infirmiers"))
                .body("current.professionsComplete", equalTo(true))
                .body("current.establishments.value", equalTo(7))
                .body("current.establishments.precision", equalTo("AT_LEAST"))
                .body("current.memberOrganisations", contains("Hôpital de Lure"))
                .body("current.source.id", equalTo(SOURCE))
                .body("current.quote", equalTo("64 adhérents"));

        // An older count joins the history without becoming current.
        record(id, membership("2024-06-01", 40, "ABOUT")).statusCode(201)
                .header("ETag", equalTo("\"v2\""))
                .body("current.asOf", equalTo("2025-01-15"))
                .body("history.asOf", contains("2025-01-15", "2024-06-01"));
        // A newer one does.
        record(id, membership("2025-03-01", 70, "AT_LEAST")).statusCode(201)
                .body("current.members.value", equalTo(70))
                .body("current.members.precision", equalTo("AT_LEAST"));

        given().get("/v1/cpts/" + id + "/membership").then().statusCode(200)
                .header("ETag", equalTo("\"v3\""))
                .body("current.asOf", equalTo("2025-03-01"))
                .body("history.asOf", contains("2025-03-01", "2025-01-15", "2024-06-01"))
                .body("history.members.value", contains(70, 64, 40))
                .body("history.members.precision", contains("AT_LEAST", "EXACT", "ABOUT"))
                .body("history[2].professionsComplete", equalTo(false));
        given().get("/v1/cpts/" + id).then()
                .body("currentMembership.members.value", equalTo(70))
                .body("currentMembership.asOf", equalTo("2025-03-01"));
    }

    @Test
    void invalidCountsAre422AndRecordNothing() {
        String id = newCpts();
        invalid(record(id, membership(LocalDate.now().plusDays(1).toString(), 10, "EXACT")), "/asOf");
        invalid(record(id, membership("2015-12-31", 10, "EXACT")), "/asOf");
        invalid(record(id, membership("2025-01-15", -1, "EXACT")), "/members/value");
        invalid(record(id, """
                {"asOf": "2025-01-15", "members": {"value": 5}, "counted": "", "professions": [""],
                 "sourceId": "src_nope00000000"}"""),
                "/members/precision", "/counted", "/professions/0", "/sourceId");
        invalid(record(id, "{}"), "/asOf", "/members", "/counted", "/sourceId");
        problem(record(id, membership("2025-02-30", 10, "EXACT")), 400, "malformed-request")
                .body("errors[0].name", equalTo("/asOf"));

        given().get("/v1/cpts/" + id + "/membership").then().header("ETag", equalTo("\"v0\""))
                .body("current", nullValue());
        assertEquals(1, history(id).size());
    }
}
