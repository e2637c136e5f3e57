// An expected failure the admin can act on (busy document, missing sheet, quota): shown as a message, not a bug.

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export const isUserError = (e: unknown): e is UserError =>
  typeof e === 'object' && e !== null && (e as { name?: string }).name === 'UserError';
