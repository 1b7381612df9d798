package org.manabi.web.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;

/** Recognises a request body that is missing or not valid JSON, however the runtime wrapped it. */
final class MalformedBody {

    private MalformedBody() {
    }

    static boolean isEmpty(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof NoContentException) {
                return true;
            }
        }
        return false;
    }

    static Response emptyResponse(String path) {
        return Problems.response(400, "missing-body", "Missing body",
                "This request needs a JSON body; none was sent.", path);
    }

    static boolean isCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }

    static Response response(String path) {
        return Problems.response(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON for this resource. Check quotes, commas and brackets, "
                        + "and that each field has the expected type.", path);
    }
}
