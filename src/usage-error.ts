/** Misuse of the command line (a bad flag, option or combination): exit code 2, with a message naming the fix. */
export class UsageError extends Error {}
