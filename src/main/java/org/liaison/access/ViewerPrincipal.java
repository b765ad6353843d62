package org.liaison.access;

/** A principal that knows its viewer: users signed in with a password or an API token. */
public interface ViewerPrincipal {

    Viewer viewer();
}
