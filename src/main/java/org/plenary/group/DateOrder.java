package org.plenary.group;

/** How a group reads a numeric date such as 4/7. */
public enum DateOrder {
    DMY, MDY, YMD
}
