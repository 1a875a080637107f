package io.camel3cx.simulator.faults;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camel3cx.catalog.OperationCatalog;

/**
 * The faults to inject, per operation or for every XAPI call. Operation rules win over global ones; among
 * rules of one scope the oldest still active applies. Global rules cover calls under {@code /xapi/v1} only;
 * the token endpoint is faulted with {@code forOperation(Faults.TOKEN_ENDPOINT)}.
 */
public final class Faults {

    /** The key that addresses {@code POST /connect/token}. */
    public static final String TOKEN_ENDPOINT = "connect/token";

    private final OperationCatalog catalog;
    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

    public Faults(OperationCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * A new rule for one operation, named as in endpoint URIs: {@code users/reprovisionPhone} (case-insensitive),
     * or {@link #TOKEN_ENDPOINT}. An unknown name fails here, with the closest valid names.
     */
    public FaultRule forOperation(String operationKey) {
        String key = canonical(operationKey);
        FaultRule rule = new FaultRule(key);
        rules.add(rule);
        return rule;
    }

    /** A new rule for every XAPI call. */
    public FaultRule global() {
        FaultRule rule = new FaultRule(null);
        rules.add(rule);
        return rule;
    }

    /** Removes every rule. */
    public void clear() {
        rules.clear();
    }

    /** The active rules, oldest first. */
    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    /**
     * Claims the rule for a request: {@code operationKey} is the matched operation ({@code null} when the path
     * matched none), {@code xapiCall} whether global rules apply.
     */
    public Optional<FaultRule> claim(String operationKey, boolean xapiCall) {
        if (operationKey != null) {
            Optional<FaultRule> specific = claimFirst(operationKey);
            if (specific.isPresent()) {
                return specific;
            }
        }
        return xapiCall ? claimFirst(null) : Optional.empty();
    }

    private Optional<FaultRule> claimFirst(String key) {
        for (FaultRule rule : rules) {
            boolean sameScope = key == null ? rule.operationKey() == null : key.equals(rule.operationKey());
            if (sameScope && rule.tryConsume()) {
                if (rule.exhausted()) {
                    rules.remove(rule);
                }
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private String canonical(String operationKey) {
        if (operationKey == null || operationKey.isBlank()) {
            throw new IllegalArgumentException("A fault needs an operation key such as users/listUser, or use global()");
        }
        if (operationKey.equalsIgnoreCase(TOKEN_ENDPOINT)) {
            return TOKEN_ENDPOINT;
        }
        int slash = operationKey.indexOf('/');
        if (slash <= 0 || slash == operationKey.length() - 1) {
            throw new IllegalArgumentException("Fault operation key '" + operationKey
                    + "' is not of the form resource/operation, e.g. users/reprovisionPhone");
        }
        // resolve() throws an UnknownNameException that lists the closest valid names.
        return catalog.resolve(operationKey.substring(0, slash), operationKey.substring(slash + 1)).key();
    }
}
