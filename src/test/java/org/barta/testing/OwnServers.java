package org.barta.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that starts Payara Micro processes of its own (to kill them, or with other settings): the shared
 * server stops first, so no second instance works the same database meanwhile, and {@code SuiteOrder} runs these
 * classes after all that share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(StopSharedServer.class)
public @interface OwnServers {
}
