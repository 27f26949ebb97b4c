/**
 * A steward's request that cannot be carried out as asked: an unknown release, a missing field, a change that would
 * break the content. The message says what to do instead; the command exits non-zero and writes nothing.
 */
export class AuthoringError extends Error {
  /** Further lines that explain the refusal, such as the content problems the change would cause. */
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'AuthoringError';
    this.details = details;
  }
}
