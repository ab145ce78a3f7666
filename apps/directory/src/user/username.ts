/**
 * What a login name is: 3–64 ASCII letters, digits, ".", "_" or "-". Login reads a name outside it as no
 * account: MariaDB's accent- and width-insensitive collation would find `ａｄｍｉｎ` or `ädmin` as `admin`,
 * each spelling with a lockout count of its own.
 */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,64}$/;
