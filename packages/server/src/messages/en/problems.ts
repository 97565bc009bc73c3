/** English: the titles of the API's problem types (RFC 9457 `title`). */
import type { ProblemMessages } from '../zh/problems.js';

export const problems: ProblemMessages = {
  bad_request: 'Bad request',
  validation: 'Invalid request',
  unauthorized: 'Authentication required',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  conflict: 'Conflict',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  not_acceptable: 'Not acceptable',
  too_many_requests: 'Too many requests',
  starting: 'Starting',
  internal: 'Internal server error',
};
