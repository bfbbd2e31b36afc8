package org.barta.accounts.web;

import java.io.Serializable;

/**
 * What a person types to create an account: on the first-run setup page with their own password, on the accounts
 * page (an invitation) without one.
 */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String email;
    private String password;

    char[] passwordChars() {
        return password == null ? null : password.toCharArray();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
