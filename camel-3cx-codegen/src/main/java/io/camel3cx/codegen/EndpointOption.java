package io.camel3cx.codegen;

import java.util.List;

/**
 * An endpoint option of the component (connection, security, behaviour) as its component JSON lists it: the
 * {@code @UriParam} fields of the endpoint and its configuration, plus Camel's own ({@code lazyStartProducer}).
 *
 * @param name         the URI option name
 * @param javaType     the declared Java type ({@code int}, {@code java.lang.String}, an enum class ...)
 * @param description  the option's documentation
 * @param group        its group ({@code producer}, {@code security}, {@code advanced} ...)
 * @param required     whether an endpoint cannot work without it (it may still come from the component)
 * @param secret       whether its value must never be shown
 * @param defaultValue the default, or null
 * @param enums        the allowed values, empty when any value goes
 */
public record EndpointOption(String name, String javaType, String description, String group, boolean required,
        boolean secret, String defaultValue, List<String> enums) {

    public EndpointOption {
        enums = enums == null ? List.of() : List.copyOf(enums);
    }
}
