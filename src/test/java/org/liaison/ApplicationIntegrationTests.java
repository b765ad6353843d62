package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@Tag("persistence")
class ApplicationIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsWithTheSchemaMigrated() {
        assertThat(jdbc.queryForObject("select count(*) from organization", Integer.class)).isNotNull();
    }
}
