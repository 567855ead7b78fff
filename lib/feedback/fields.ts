// "Was this page useful?": the form's fields, shared by the form (components/feedback), the store and the back office.

/** What a reader who answered "no" can say was wrong (labels in messages/<locale>.json under feedback.reason). */
export const feedbackReasons = ["out-of-date", "hard-to-understand", "not-what-i-looked-for", "wrong-information"] as const;
export type FeedbackReason = (typeof feedbackReasons)[number];

export const COMMENT_MAX = 500;

/** The field bots fill in: hidden from people (display: none), so anything in it means the answer was not a person's. */
export const HONEYPOT_FIELD = "website";

/** Where the form posts (a route handler: the reading page itself stays cached). */
export const FEEDBACK_ENDPOINT = "/api/feedback";
