package io.github.badgeshelf.api;

import io.github.badgeshelf.model.UserAwards;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guard, not the benchmark: parsing 6,000 awards must stay far from the 50 ms target. The bound
 * here is loose because the test machine is shared; the median is printed for the record.
 */
class AwardsJsonSpeedTest {

    @Test
    void sixThousandAwardsParseQuickly() throws ApiException {
        byte[] body = AwardsFixtures.generate(6000, 11).getBytes(StandardCharsets.UTF_8);
        ApiConfig config = ApiConfig.defaults();
        for (int i = 0; i < 20; i++) {
            AwardsJson.parse(body, config);
        }
        long[] nanos = new long[25];
        UserAwards last = null;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            last = AwardsJson.parse(body, config);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[nanos.length / 2] / 1e6;
        System.out.printf("AwardsJson.parse, 6000 awards (%d KB): median %.1f ms%n", body.length / 1024, medianMs);
        assertThat(last.visibleAwards()).hasSize(6000);
        assertThat(medianMs).isLessThan(200.0);
    }
}
