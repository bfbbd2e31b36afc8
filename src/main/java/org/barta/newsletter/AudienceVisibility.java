package org.barta.newsletter;

/** Who may join an audience: anyone through the sign-up form (double opt-in), or only editors. */
public enum AudienceVisibility {
    PUBLIC, PRIVATE
}
