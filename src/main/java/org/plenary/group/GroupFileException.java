package org.plenary.group;

import org.plenary.PlenaryException;

/** A group file that cannot be read or breaks a rule of PRODUCT.md 3.3; the message names the file and the field. */
public class GroupFileException extends PlenaryException {
    public GroupFileException(String message) {
        super(message);
    }

    public GroupFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
