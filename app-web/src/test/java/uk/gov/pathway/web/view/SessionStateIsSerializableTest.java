package uk.gov.pathway.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * On a cluster the WAR is distributable: what a person keeps in a session, view or conversation scope is copied to
 * another node and read back there when the node serving them dies (README "Cluster"). Every such bean of Pathway,
 * found on the class path (so one added later is checked too), must be serializable, and so must what it holds:
 * <ul>
 * <li>a field the container injects stays usable after the copy: an {@code @EJB} (a serializable proxy) is never
 * {@code transient}, else it is null on the other node; an {@code @Inject}ed one is a client proxy (a normal-scoped
 * bean, an EJB, {@code Instance}, {@code Event}) or serializable, or it is {@code transient} and the bean's
 * {@code readObject} obtains it again;</li>
 * <li>every other field that is not {@code transient} has a serializable type, down through Pathway's own classes
 * (records, entities, views) and the type arguments of collections.</li>
 * </ul>
 */
class SessionStateIsSerializableTest {

    private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES = List.of(SessionScoped.class,
            ViewScoped.class, ConversationScoped.class, FlowScoped.class);

    private static final Set<Class<?>> CONTAINERS = Set.of(Collection.class, List.class, Set.class, Map.class,
            java.util.SortedMap.class, java.util.SortedSet.class, java.util.NavigableMap.class,
            java.util.NavigableSet.class, java.util.Queue.class, java.util.Deque.class);

    @Test
    void everyBeanInASessionViewOrConversationScopeIsSerializableWithAllItHolds() throws Exception {
        List<Class<?>> beans = pathwayClasses().stream().filter(SessionStateIsSerializableTest::passivating).toList();
        assertThat(beans).as("the session- and view-scoped beans of app-web").hasSizeGreaterThan(20);
        Set<String> problems = new TreeSet<>();
        for (Class<?> bean : beans) {
            problems.addAll(problemsOf(bean));
        }
        assertThat(problems).as("what would be lost or fail when a session moves to another node").isEmpty();
    }

    @Test
    void theCheckCatchesWhatWouldBreak() {
        assertThat(problemsOf(Broken.class)).anySatisfy(p -> assertThat(p).contains("Broken.service"))
                .anySatisfy(p -> assertThat(p).contains("Broken.holder"))
                .anySatisfy(p -> assertThat(p).contains("Broken.things"))
                .anySatisfy(p -> assertThat(p).contains("Broken.clock"));
        assertThat(problemsOf(Sound.class)).isEmpty();
        assertThat(problemsOf(NotSerializable.class)).anySatisfy(p -> assertThat(p).contains("is not Serializable"));
    }

    static List<String> problemsOf(Class<?> bean) {
        List<String> problems = new ArrayList<>();
        if (!Serializable.class.isAssignableFrom(bean)) {
            problems.add(bean.getName() + " is not Serializable");
        }
        boolean reobtains = declaresReadObject(bean);
        Set<Class<?>> seen = new HashSet<>();
        for (Field field : fields(bean)) {
            String where = field.getDeclaringClass().getSimpleName() + "." + field.getName();
            boolean isTransient = Modifier.isTransient(field.getModifiers());
            if (field.isAnnotationPresent(EJB.class)) {
                if (isTransient) {
                    problems.add(where + ": an @EJB must not be transient (its proxy is serializable; a transient one"
                            + " is null on the node the session moves to)");
                }
            } else if (field.isAnnotationPresent(Inject.class)) {
                if (isTransient) {
                    if (!reobtains && !declaresReadObject(field.getDeclaringClass())) {
                        problems.add(where + ": a transient @Inject field needs a readObject that obtains it again");
                    }
                } else if (!clientProxy(field.getType())) {
                    check(field.getGenericType(), where, problems, seen);
                }
            } else if (!isTransient) {
                check(field.getGenericType(), where, problems, seen);
            }
        }
        return problems;
    }

    private static void check(Type type, String where, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), where, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, where, problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), where, problems, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, where, problems, seen);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                if (bound != Object.class) {
                    check(bound, where, problems, seen);
                }
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                check(c.getComponentType(), where, problems, seen);
            } else if (c.isPrimitive() || CONTAINERS.contains(c)) {
                return;
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(where + ": " + c.getName() + " is not Serializable");
            } else if (c.getName().startsWith("uk.gov.pathway.") && seen.add(c)) {
                // Pathway's own serializable classes: what they hold must be, too.
                for (Field field : fields(c)) {
                    if (!Modifier.isTransient(field.getModifiers())) {
                        check(field.getGenericType(), c.getSimpleName() + "." + field.getName() + " (in " + where + ")",
                                problems, seen);
                    }
                }
            }
        }
    }

    /** Injected as a serializable client proxy: a normal-scoped bean, an EJB, Instance or Event. */
    private static boolean clientProxy(Class<?> type) {
        if (type == Instance.class || type == Event.class) {
            return true;
        }
        for (Annotation annotation : type.getAnnotations()) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind.isAnnotationPresent(NormalScope.class) || kind == Stateless.class || kind == Singleton.class
                    || kind == Stateful.class || kind == ApplicationScoped.class || kind == RequestScoped.class) {
                return true;
            }
        }
        return false;
    }

    private static boolean passivating(Class<?> type) {
        return PASSIVATING_SCOPES.stream().anyMatch(type::isAnnotationPresent);
    }

    private static boolean declaresReadObject(Class<?> type) {
        try {
            return type.getDeclaredMethod("readObject", ObjectInputStream.class) != null;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The instance fields of the class and its superclasses up to the first of the JDK or a library. */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c.getName().startsWith("uk.gov.pathway."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()
                        && !field.getName().startsWith("_persistence_")) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** Every class under uk.gov.pathway on the class path (the modules' classes folders or jars), test classes aside. */
    static List<Class<?>> pathwayClasses() throws IOException {
        Set<String> names = new TreeSet<>();
        for (URL root : Collections.list(SessionStateIsSerializableTest.class.getClassLoader()
                .getResources("uk/gov/pathway"))) {
            if ("file".equals(root.getProtocol())) {
                Path dir = Path.of(java.net.URI.create(root.toString()));
                if (dir.toString().contains("test-classes")) {
                    continue;
                }
                Path base = dir.getParent().getParent().getParent();
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(base.relativize(f)
                            .toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "")));
                }
            } else if ("jar".equals(root.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("uk/gov/pathway/") && n.endsWith(".class"))
                            .forEach(n -> names.add(n.replace('/', '.').replaceAll("\\.class$", "")));
                }
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, SessionStateIsSerializableTest.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                // a class whose dependencies only the server has: not a bean the scan can judge
            }
        }
        return classes;
    }

    // --- what the check must catch, and what it must let through

    static class NotSerializable {
        Object lost;
    }

    record Holder(NotSerializable inner) implements Serializable {
    }

    @ViewScoped
    static class Broken implements Serializable {
        @EJB
        transient Object service;
        Holder holder;
        List<NotSerializable> things;
        @Inject
        transient java.time.Clock clock;
    }

    @ViewScoped
    static class Sound implements Serializable {
        @EJB
        Object service;
        List<Map<String, Integer>> things;
        @Inject
        transient java.time.Clock clock;
        transient NotSerializable cache;

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
        }
    }
}
