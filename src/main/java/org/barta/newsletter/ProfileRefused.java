package org.barta.newsletter;

import org.barta.platform.BusinessException;

/** A profile value that does not fit, with the limit in the message's arguments. */
public class ProfileRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final ProfileProblem problem;

    public ProfileRefused(ProfileProblem problem, Object... arguments) {
        super(problem.messageKey(), arguments);
        this.problem = problem;
    }

    public ProfileProblem problem() {
        return problem;
    }
}
