package app.vidatlas.userdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The user's files read without an ObjectMapper read as the mapper read them, and broken ones are refused. */
class UserJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"theme\":\"DARK\",\"window\":{\"x\":10.5,\"y\":-3,\"width\":1360,\"maximized\":true},\"lastPaper\":null}",
        "{\"dividers\":[0.2,0.55],\"lastScroll\":1e3,\"big\":12345678901234,\"huge\":123456789012345678901234567890}",
        "{\"notes\":{\"show-1\":\"像素与潜空间 \\\"quoted\\\" \\u2705\\n second line\"},\"bookmarks\":[]}",
        "{\"nested\":[[1,[2,{}]],{\"deeper\":[[[]]]}]}",
        "{\"a\":1,\"a\":2}",
        "[1, \"two\", false, null]",
        "  \"just text\"  ",
        "{\"a\":1} {\"b\":2}",
    })
    void readsAsTheMapperDoes(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonNode ours = UserJson.read(bytes);
        assertThat(ours).isEqualTo(MAPPER.readTree(bytes));
        assertThat(ours.toString()).isEqualTo(MAPPER.readTree(bytes).toString());
    }

    @Test
    void anEmptyFileHoldsNoValue() throws IOException {
        assertThat(UserJson.read(new byte[0])).isNull();
        assertThat(UserJson.read("  \n".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"theme\":\"DARK\",", "{\"dividers\":[0.2,", "{\"a\" 1}", "{\"a\":tru}", "[1,]x",
        "{\"a\":\"unterminated}"})
    void aBrokenFileIsRefused(String json) {
        assertThatThrownBy(() -> UserJson.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void deepNestingIsRefusedRatherThanOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> UserJson.read(deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void writesPrettyAndReadsBackTheSame() throws IOException {
        var root = UserJson.object();
        root.put("theme", "LIGHT");
        root.set("dividers", UserJson.array().add(0.25).add(0.5));
        byte[] written = UserJson.write(root);
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\n  \"theme\" : \"LIGHT\"");
        assertThat(UserJson.read(written)).isEqualTo(root);
    }
}
