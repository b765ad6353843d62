package org.liaison.agreements.internal;

import java.util.List;
import java.util.Map;

import org.liaison.agreements.AgreementStatus;
import org.liaison.shared.RuleViolationException;

/**
 * A transition the agreement's current state does not allow: 422 with code
 * {@code illegal-transition}, naming {@code currentState}, the {@code transition} asked for and the
 * {@code allowedTransitions} a person may ask for from here.
 */
public class IllegalTransitionException extends RuleViolationException {

    public IllegalTransitionException(AgreementStatus current, Transition asked, List<String> allowed) {
        super("illegal-transition", "An agreement in state " + current + " cannot " + asked.path()
                + "; allowed: " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)),
                Map.of("currentState", current.name(), "transition", asked.path(), "allowedTransitions", allowed));
    }
}
