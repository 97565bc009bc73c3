/**
 * Reads an uploaded credential from a request body, in any of the forms the API accepts:
 * `{"credential": {…} | "eyJ…"}`, the credential itself (`application/vc+ld+json`), a VC-JWT
 * (`application/vc+jwt`, or a JSON string). Keeps the text as uploaded where the body is the
 * credential itself, so an import stores its original bytes.
 */
import { assertBounded, fieldMessage, invalidField, isObject } from '@skillbank/core';

export interface CredentialBody {
  /** The credential's text: the body itself, or (inside `{credential}`) its JSON re-serialised. */
  original: string;
  /** What the verifier reads: a JWT string or a parsed JSON-LD object. */
  parsed: unknown;
}

const JWT_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function readCredentialBody(text: string, contentType: string | undefined): CredentialBody {
  const body = text.trim();
  if (body.length === 0) throw invalidField('credential', fieldMessage('required'));
  if (contentType?.startsWith('application/vc+jwt') || JWT_PATTERN.test(body)) {
    return { original: body, parsed: body };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw invalidField('credential', fieldMessage('credential_unreadable'));
  }
  // Before anything walks it recursively (JSON.stringify would overflow on deep nesting).
  assertBounded(json, 'credential');
  if (typeof json === 'string') return { original: json.trim(), parsed: json };
  if (isObject(json) && '@context' in json) return { original: body, parsed: json };
  if (isObject(json) && 'credential' in json) {
    const unknown = Object.keys(json).filter((k) => k !== 'credential');
    if (unknown.length > 0) throw invalidField(unknown.join(', '), fieldMessage('unknown_field'));
    const { credential } = json;
    if (typeof credential === 'string') return { original: credential.trim(), parsed: credential };
    if (isObject(credential)) return { original: JSON.stringify(credential), parsed: credential };
    throw invalidField('credential', fieldMessage('credential_not_object'));
  }
  throw invalidField('credential', fieldMessage('required'));
}
