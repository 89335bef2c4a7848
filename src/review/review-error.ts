// Review failures carry a code the server maps to an HTTP status (not_found 404, conflict 409, invalid 400,
// forbidden 403).
export class ReviewError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict' | 'invalid' | 'forbidden',
    message: string,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}
