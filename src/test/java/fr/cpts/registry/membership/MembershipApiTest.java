package fr.cpts.registry.membership;

import static fr.cpts.registry.Seeds.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MembershipApiTest {

    @Test
    void currentAndHistoryWithPrecisionAndSource() {
        given().get("/v1/cpts/" + CAPACITES + "/membership").then().statusCode(200)
                .body("current.id", equalTo("mem_tga5bh2dfawn"))
                .body("current.asOf", equalTo("2023-03-10"))
                .body("current.members.value", equalTo(200))
                .body("current.members.precision", equalTo("AT_LEAST"))
                .body("current.counted", equalTo("adhérents"))
                .body("current.professionsComplete", equalTo(false))
                .body("current.establishments", nullValue())
                .body("current.source.id", equalTo(SOURCE_CAPACITES))
                .body("history", hasSize(1))
                .body("history.id", contains("mem_tga5bh2dfawn"));
    }

    @Test
    void noCountIsGivenWhenNoSourceGivesOne() {
        given().get("/v1/cpts/" + GRAND_MONTBELIARD + "/membership").then().statusCode(200)
                .body("current", nullValue())
                .body("history", hasSize(0));
    }
}
