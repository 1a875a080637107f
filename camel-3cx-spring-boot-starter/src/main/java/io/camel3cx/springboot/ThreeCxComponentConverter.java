package io.camel3cx.springboot;

import java.util.Set;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets {@code camel.component.threecx.ssl-context-parameters} name a bean, Camel style: {@code #bean:pbxTls} or
 * {@code #pbxTls}. (Without a leading {@code #} the value is not converted here, and the nested form
 * {@code ssl-context-parameters.trust-managers.key-store.resource=...} binds the parameters in place.)
 */
@AutoConfiguration
@ConfigurationPropertiesBinding
public class ThreeCxComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public ThreeCxComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, SSLContextParameters.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString().trim();
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("camel.component.threecx.ssl-context-parameters must name an"
                    + " SSLContextParameters bean as #bean:<name> or #<name> (or be given as nested properties),"
                    + " not '" + ref + "'");
        }
        String name = ref.startsWith("#bean:") ? ref.substring("#bean:".length()) : ref.substring(1);
        return applicationContext.getBean(name, SSLContextParameters.class);
    }
}
