package org.barta.accounts.webauthn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureCounterTest {

    @Test
    void aGrowingCounterIsAccepted() {
        assertThat(SignatureCounter.accepts(0, 1)).isTrue();
        assertThat(SignatureCounter.accepts(41, 42)).isTrue();
        assertThat(SignatureCounter.accepts(41, 4_000_000_000L)).as("unsigned 32 bits").isTrue();
    }

    @Test
    void aKeyWithoutACounterAlwaysSendsZeroAndIsAccepted() {
        assertThat(SignatureCounter.accepts(0, 0)).isTrue();
    }

    @Test
    void aCounterThatDoesNotGrowOnceNonZeroIsRefused() {
        assertThat(SignatureCounter.accepts(42, 42)).as("the same count: a replay or a clone").isFalse();
        assertThat(SignatureCounter.accepts(42, 41)).as("went back: a clone").isFalse();
        assertThat(SignatureCounter.accepts(42, 0)).as("a clone that lost its counter").isFalse();
    }
}
