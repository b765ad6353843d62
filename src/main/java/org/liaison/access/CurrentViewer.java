package org.liaison.access;

/** The viewer of the current request or job, from the security context. */
public interface CurrentViewer {

    Viewer get();
}
