package org.iprhotline.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.iprhotline.hotline.infra.Database;

/**
 * During a rolling update the replicas of the release before keep running against the schema the
 * new release migrated, and one of them may restart; a rollback starts the older release on it
 * for good. Its migrations are then behind the database's: it must still start.
 */
@QuarkusTest
class ReleaseBehindTheSchemaTest {

    private static final String LATER = "9999";

    @Inject
    Flyway flyway;

    @Inject
    Database database;

    @Test
    void aReleaseStartsOnASchemaALaterReleaseMigrated() {
        database.update("""
                insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
                                                   installed_by, execution_time, success)
                select max(installed_rank) + 1, ?, 'from a later release', 'SQL', 'V9999__from_a_later_release.sql',
                       0, current_user, 0, true
                  from flyway_schema_history""", LATER);

        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThatCode(flyway::migrate).doesNotThrowAnyException();
    }

    @AfterEach
    void forgetTheLaterRelease() {
        database.update("delete from flyway_schema_history where version = ?", LATER);
    }
}
