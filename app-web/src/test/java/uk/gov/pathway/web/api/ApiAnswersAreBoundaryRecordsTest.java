package uk.gov.pathway.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * What the API answers and reads is a module's boundary record (or the resource's own), never a control class: a
 * control record is free to change with its repository, the public contract is not (issue 10).
 */
class ApiAnswersAreBoundaryRecordsTest {

    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");

    @Test
    void noResourceMethodAnswersOrReadsAControlClass() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> resources = resources();
        assertThat(resources).as("the REST resources under uk.gov.pathway.web.api").hasSizeGreaterThan(10);
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isResourceMethod(method)) {
                    continue;
                }
                String where = resource.getSimpleName() + "." + method.getName();
                Set<Type> seen = new HashSet<>();
                controlTypesIn(method.getGenericReturnType(), seen).forEach(t -> leaks.add(where + " answers " + t));
                for (Parameter parameter : method.getParameters()) {
                    controlTypesIn(parameter.getParameterizedType(), seen).forEach(t -> leaks.add(where + " reads " + t));
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean isResourceMethod(Method method) {
        return method.isAnnotationPresent(Path.class) || Stream.of(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    /** The control classes a type is or holds: through type arguments, arrays and record components. */
    private static List<String> controlTypesIn(Type type, Set<Type> seen) {
        List<String> found = new ArrayList<>();
        if (!seen.add(type)) {
            return found;
        }
        if (type instanceof ParameterizedType parameterized) {
            found.addAll(controlTypesIn(parameterized.getRawType(), seen));
            for (Type argument : parameterized.getActualTypeArguments()) {
                found.addAll(controlTypesIn(argument, seen));
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                found.addAll(controlTypesIn(c.getComponentType(), seen));
            } else if (c.getPackageName().endsWith(".control")) {
                found.add(c.getName());
            } else if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    found.addAll(controlTypesIn(component.getGenericType(), seen));
                }
            }
        }
        return found;
    }

    private static List<Class<?>> resources() throws Exception {
        java.nio.file.Path root = CLASSES.resolve("uk/gov/pathway/web/api");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, ApiAnswersAreBoundaryRecordsTest.class.getClassLoader());
                if (c.isAnnotationPresent(Path.class)) {
                    resources.add(c);
                }
            }
        }
        return resources;
    }
}
