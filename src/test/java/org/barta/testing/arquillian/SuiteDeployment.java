package org.barta.testing.arquillian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one WAR every test class that deploys the application runs against: the first class's packaged deployment
 * (the application, Arquillian's runner and its libraries) merged with what every other integration-test class's
 * {@code @Deployment} method adds, and the classes of those tests that run inside the server. Read from the compiled
 * test classes, so a new test class is part of it without being listed anywhere.
 */
final class SuiteDeployment {

    private SuiteDeployment() {
    }

    static Archive<?> around(Archive<?> firstPackaged) {
        WebArchive suite = firstPackaged.as(WebArchive.class);
        for (Class<?> testClass : integrationTestClasses()) {
            deploymentMethod(testClass).ifPresent(method -> {
                suite.merge(invoke(method));
                if (method.getAnnotation(Deployment.class).testable()) {
                    suite.addClass(testClass);
                }
            });
        }
        return suite;
    }

    /** What {@code packaged} holds that {@code deployed} lacks: a class whose deployment the suite's WAR cannot serve. */
    static Set<String> missingFrom(Archive<?> deployed, Archive<?> packaged) {
        Set<ArchivePath> present = deployed.getContent().keySet();
        return packaged.getContent().entrySet().stream()
                .filter(entry -> entry.getValue().getAsset() != null && !present.contains(entry.getKey()))
                .map(entry -> entry.getKey().get())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Class<?>> integrationTestClasses() {
        Path root = testClassesRoot();
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith("IT.class") && !name.contains("$"))
                    .sorted()
                    .map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.')))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<Method> deploymentMethod(Class<?> testClass) {
        return Stream.of(testClass.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Deployment.class) && Modifier.isStatic(method.getModifiers()))
                .findFirst();
    }

    private static Archive<?> invoke(Method deployment) {
        try {
            deployment.setAccessible(true);
            return (Archive<?>) deployment.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not build the deployment of " + deployment.getDeclaringClass(), e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SuiteDeployment.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path testClassesRoot() {
        try {
            return Path.of(SuiteDeployment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
