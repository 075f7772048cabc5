// Answers that many routes share.

/**
 * The answers of a write that is idempotent by id: 201 with the record when this request made it, 200
 * with the same record when an earlier request had (a resend).
 */
export const createdOrResent = <T>(reply: T) => ({ 200: reply, 201: reply });
