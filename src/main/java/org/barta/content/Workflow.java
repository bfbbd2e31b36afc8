package org.barta.content;

import org.barta.accounts.Actor;
import org.barta.content.ContentRefused.Reason;

/**
 * Who may do what to an item. Authors write and submit their own drafts; editors and administrators edit
 * anything not archived and move items through every state. Authors see only their own items and published ones.
 * Checked in the service layer, whatever the UI shows.
 */
public final class Workflow {

    private Workflow() {
    }

    /** Authors see their own items and published ones (public anyway); never others' drafts or embargoes. */
    public static boolean maySee(Actor actor, ContentState state, Long ownerAccountId) {
        return actor.isEditorial() || state == ContentState.PUBLISHED || actor.owns(ownerAccountId);
    }

    public static boolean mayEdit(Actor actor, ContentState state, Long ownerAccountId) {
        if (actor.isEditorial()) {
            return state != ContentState.ARCHIVED;
        }
        return state == ContentState.DRAFT && actor.owns(ownerAccountId);
    }

    public static boolean permits(WorkflowAction action, Actor actor, ContentState state, Long ownerAccountId) {
        if (!action.startsFrom(state)) {
            return false;
        }
        if (actor.isEditorial()) {
            return true;
        }
        return action == WorkflowAction.SUBMIT && actor.owns(ownerAccountId);
    }

    public static void checkEdit(Actor actor, ContentState state, Long ownerAccountId) {
        if (!mayEdit(actor, state, ownerAccountId)) {
            throw new ContentRefused(state == ContentState.ARCHIVED ? Reason.ARCHIVED_READ_ONLY
                    : Reason.EDIT_REFUSED);
        }
    }

    public static void check(WorkflowAction action, Actor actor, ContentState state, Long ownerAccountId) {
        if (!action.startsFrom(state)) {
            throw new ContentRefused(Reason.NOT_FROM_STATE, "action." + action.name(), "state." + state.name());
        }
        if (!permits(action, actor, state, ownerAccountId)) {
            throw new ContentRefused(Reason.ROLE_REFUSED, "action." + action.name());
        }
    }
}
