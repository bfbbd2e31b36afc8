package org.barta.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every workflow action, from every state, for every role, on one's own item and on someone else's. */
class WorkflowTest {

    private static final long OWNER = 7L;
    private static final long SOMEONE_ELSE = 8L;

    /** The rules, written out by hand as "ROLE/own-or-other: ACTION from STATE". */
    private static final Set<String> ALLOWED = Set.of(
            // Authors submit their own drafts, nothing else.
            "AUTHOR/own: SUBMIT from DRAFT",
            // Editors and administrators do everything the state allows, on anyone's item.
            "EDITOR/own: SUBMIT from DRAFT", "EDITOR/other: SUBMIT from DRAFT",
            "ADMIN/own: SUBMIT from DRAFT", "ADMIN/other: SUBMIT from DRAFT");

    private static final Set<String> EDITORIAL_ONLY = Set.of(
            "RETURN_TO_DRAFT from IN_REVIEW",
            "SCHEDULE from DRAFT", "SCHEDULE from IN_REVIEW", "SCHEDULE from SCHEDULED",
            "PUBLISH from DRAFT", "PUBLISH from IN_REVIEW", "PUBLISH from SCHEDULED",
            "UNPUBLISH from SCHEDULED", "UNPUBLISH from PUBLISHED", "UNPUBLISH from ARCHIVED",
            "ARCHIVE from PUBLISHED");

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (Role role : Role.values()) {
            for (boolean own : new boolean[] {true, false}) {
                for (WorkflowAction action : WorkflowAction.values()) {
                    for (ContentState state : ContentState.values()) {
                        all.add(Arguments.of(role, own, action, state));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} own={1}: {2} from {3}")
    @MethodSource("everyCombination")
    void transitionsFollowTheRules(Role role, boolean own, WorkflowAction action, ContentState state) {
        Actor actor = new Actor(OWNER, "someone", role, "127.0.0.1");
        long owner = own ? OWNER : SOMEONE_ELSE;
        String rule = action + " from " + state;
        boolean expected = ALLOWED.contains(role + "/" + (own ? "own" : "other") + ": " + rule)
                || role != Role.AUTHOR && EDITORIAL_ONLY.contains(rule);

        assertThat(Workflow.permits(action, actor, state, owner)).as(rule).isEqualTo(expected);
        if (expected) {
            Workflow.check(action, actor, state, owner);
        } else {
            assertThatThrownBy(() -> Workflow.check(action, actor, state, owner))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).messageKey())
                    .isIn("workflow.notFromState", "workflow.roleRefused");
        }
    }

    @Test
    void authorsEditOnlyTheirOwnDrafts() {
        Actor author = new Actor(OWNER, "author", Role.AUTHOR, null);
        for (ContentState state : ContentState.values()) {
            assertThat(Workflow.mayEdit(author, state, OWNER)).as("own " + state).isEqualTo(state == ContentState.DRAFT);
            assertThat(Workflow.mayEdit(author, state, SOMEONE_ELSE)).as("other's " + state).isFalse();
        }
    }

    @Test
    void authorsSeeTheirOwnItemsAndPublishedOnesEditorsSeeEverything() {
        Actor author = new Actor(OWNER, "author", Role.AUTHOR, null);
        for (ContentState state : ContentState.values()) {
            assertThat(Workflow.maySee(author, state, OWNER)).as("own " + state).isTrue();
            assertThat(Workflow.maySee(author, state, SOMEONE_ELSE)).as("other's " + state)
                    .isEqualTo(state == ContentState.PUBLISHED);
            for (Role role : new Role[] {Role.EDITOR, Role.ADMIN}) {
                assertThat(Workflow.maySee(new Actor(OWNER, "editor", role, null), state, SOMEONE_ELSE))
                        .as(role + " " + state).isTrue();
            }
        }
    }

    @Test
    void editorsEditEverythingButArchivedItems() {
        for (Role role : new Role[] {Role.EDITOR, Role.ADMIN}) {
            Actor editor = new Actor(OWNER, "editor", role, null);
            for (ContentState state : ContentState.values()) {
                assertThat(Workflow.mayEdit(editor, state, SOMEONE_ELSE)).as(role + " " + state)
                        .isEqualTo(state != ContentState.ARCHIVED);
            }
        }
        assertThatThrownBy(() -> Workflow.checkEdit(new Actor(1L, "e", Role.EDITOR, null), ContentState.ARCHIVED, 2L))
                .hasMessageContaining("workflow.archivedReadOnly");
    }

    @Test
    void theSchedulerMayPublishScheduledItems() {
        assertThat(Workflow.permits(WorkflowAction.PUBLISH, Actor.scheduler(), ContentState.SCHEDULED, OWNER)).isTrue();
    }
}
