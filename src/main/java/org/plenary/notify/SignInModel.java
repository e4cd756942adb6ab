package org.plenary.notify;

/** The model of the sign-in email (templates/signin-*): the one-time link and how long it works. */
public record SignInModel(GroupView group, String recipientName, String link, long minutes) {
}
