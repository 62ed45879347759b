// Error codes carried by every transport; only the HTTP bridge maps them to statuses.

export type ApiErrorCode =
  | 'invalid_args'
  | 'unknown_method'
  | 'not_found'
  | 'unknown_country'
  | 'not_pdf'
  | 'damaged'
  | 'needs_password'
  | 'wrong_password'
  | 'no_text'
  | 'ocr_failed'
  | 'duplicate'
  | 'cancelled'
  | 'conflict'
  /** What this front end cannot do (a PDF printed without a desktop window). */
  | 'unavailable'
  /** No session, or it has expired (team server). */
  | 'unauthenticated'
  /** A team server took the call and gave no answer in time: a write may or may not have been made. */
  | 'timed_out'
  /** The signed-in account's role may not do this (team server). */
  | 'forbidden'
  | 'internal';

export interface ApiErrorInfo {
  code: ApiErrorCode;
  message: string;
  file?: string;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly file?: string;

  constructor(code: ApiErrorCode, message: string, file?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.file = file;
  }

  toInfo(): ApiErrorInfo {
    return this.file === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, file: this.file };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };
