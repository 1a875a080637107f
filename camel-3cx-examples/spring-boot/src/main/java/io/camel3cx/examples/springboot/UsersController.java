package io.camel3cx.examples.springboot;

import java.util.List;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /users}: the PBX's users, fetched through the {@code list-users} route. */
@RestController
public class UsersController {

    private final ProducerTemplate camel;

    public UsersController(ProducerTemplate camel) {
        this.camel = camel;
    }

    @GetMapping("/users")
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> users() {
        return camel.requestBody("direct:list-users", (Object) null, List.class);
    }
}
