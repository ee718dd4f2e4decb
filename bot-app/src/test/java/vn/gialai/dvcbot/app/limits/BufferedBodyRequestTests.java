package vn.gialai.dvcbot.app.limits;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class BufferedBodyRequestTests {

    private final byte[] body = "{\"text\":\"khai sinh\"}".getBytes(StandardCharsets.UTF_8);
    private final BufferedBodyRequest request = new BufferedBodyRequest(new MockHttpServletRequest(), body);

    @Test
    void theBufferedBodyIsReadBackWithItsLength() throws IOException {
        assertThat(request.getContentLengthLong()).isEqualTo(body.length);
        assertThat(request.getInputStream().readAllBytes()).isEqualTo(body);
    }

    @Test
    void anAsynchronousReaderIsToldTheWholeBodyIsThereAndThenAllRead() throws IOException {
        ServletInputStream in = request.getInputStream();
        List<String> heard = new ArrayList<>();
        in.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() throws IOException {
                heard.add("available " + in.readAllBytes().length);
            }

            @Override
            public void onAllDataRead() {
                heard.add("all read " + in.isFinished());
            }

            @Override
            public void onError(Throwable t) {
                heard.add("error");
            }
        });

        assertThat(heard).containsExactly("available " + body.length, "all read true");
    }
}
