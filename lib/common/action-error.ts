// A refusal an action explains to the user (Vietnamese), changing nothing: thrown inside a
// change's transaction, which then rolls back, and answered as { ok: false, message }.
// Plain (not server-only) so that code shared with scripts (the seed's reorganisation)
// can throw it too.
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}
