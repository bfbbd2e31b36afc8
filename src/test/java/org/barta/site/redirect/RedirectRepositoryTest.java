package org.barta.site.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedirectRepositoryTest {

    @Test
    void aSearchTakesPercentAndUnderscoreLiterally() {
        assertThat(RedirectRepository.likePattern(" 50%_off!x ")).isEqualTo("%50!%!_off!!x%");
    }

    @Test
    void noSearchMatchesEverything() {
        assertThat(RedirectRepository.likePattern(null)).isEqualTo("%%");
        assertThat(RedirectRepository.likePattern("")).isEqualTo("%%");
    }
}
