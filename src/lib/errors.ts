/**
 * One typed error for the whole core. Faces render it in their own documented shape;
 * the HTTP status lives here, in one place, so every face agrees on it.
 */
export const errorStatus = {
  BAD_REQUEST: 400,
  // Faces may render validation with their own status (Liberty documents FastAPI's 422).
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  // If-Match named a version the resource no longer has: nothing was written.
  // A resource that existed and is gone for good (an upload session past its expiry).
  GONE: 410,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  // A body in a media type the route does not take (Liberty renders it as FastAPI's 422).
  UNSUPPORTED_MEDIA_TYPE: 415,
  // A request that is well-formed but cannot be processed (an Idempotency-Key reused with another body).
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  NOT_IMPLEMENTED: 501,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;
export type ErrorStatus = (typeof errorStatus)[ErrorCode];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  /** Seconds, for 429/503 answers (rendered as Retry-After). */
  readonly retryAfter?: number;

  constructor(code: ErrorCode, message: string, options: { details?: unknown; retryAfter?: number } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
    this.retryAfter = options.retryAfter;
  }

  get status(): ErrorStatus {
    return errorStatus[this.code];
  }
}

export const badRequest = (message: string, details?: unknown) => new AppError('BAD_REQUEST', message, { details });
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
export const forbidden = (message = 'Insufficient rights') => new AppError('FORBIDDEN', message);
