package org.barta.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lets Faces EL read a record's components ({@code #{row.title}} calls {@code title()}): Jakarta EL 5, which Payara 6
 * ships, only knows JavaBean getters (EL 6 adds its own record resolver). Registered in faces-config.xml, where it
 * comes before the bean resolver; anything that is not a component of a record it leaves to the others. Records are
 * read-only here as they are in Java.
 */
public class RecordComponentResolver extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return Stream.of(type.getRecordComponents()).map(RecordComponent::getAccessor)
                    // A record declared inside another class may be private to it; EL still reads it as Java would.
                    .peek(Method::trySetAccessible)
                    .collect(Collectors.toUnmodifiableMap(Method::getName, Function.identity()));
        }
    };

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.invoke(base);
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
        }
        // Read-only properties have no type to set (EL 5).
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + "." + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? Object.class : null;
    }

    private static Method accessor(Object base, Object property) {
        if (base instanceof Record && property instanceof String name) {
            return ACCESSORS.get(base.getClass()).get(name);
        }
        return null;
    }
}
