package org.liaison.forum.schedule;

/** An instance that cannot be scheduled as given; the message names the first problem. */
public class InvalidInstanceException extends RuntimeException {

    public InvalidInstanceException(String message) {
        super(message);
    }
}
