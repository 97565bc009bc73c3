/**
 * Reading a credential someone hands us — a JSON-LD object, its JSON text, or a VC-JWT — with
 * limits, so that hostile input (megabytes of nested arrays, unknown contexts) ends in a clear
 * `invalid` error before any JSON-LD processing starts.
 */
import { type DomainFieldProblem, invalidField, invalidFields } from '../errors.js';
import { fieldMessage } from '../field-messages.js';
import { bundledContexts, VC_V1_CONTEXT, VC_V2_CONTEXT } from './contexts.js';

export type JsonObject = Record<string, unknown>;

/** Largest credential accepted as text (a real Open Badge is a few KiB). */
export const MAX_CREDENTIAL_BYTES = 1024 * 1024;
/** Deepest nesting accepted (Open Badges nest about eight levels). */
export const MAX_CREDENTIAL_DEPTH = 32;
/** Most values (objects, arrays, scalars) accepted in one credential. */
export const MAX_CREDENTIAL_VALUES = 50_000;

export type CredentialInput =
  | { format: 'ldp_vc'; credential: JsonObject }
  | { format: 'jwt_vc'; jwt: string };

const JWT_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Sorts out what was given: a compact JWT string, JSON text, or an object. Checks size and shape
 * (never recursing, so depth cannot overflow the stack).
 */
export function readCredentialInput(input: unknown): CredentialInput {
  if (typeof input === 'string') {
    const bytes = Buffer.byteLength(input, 'utf8');
    if (bytes > MAX_CREDENTIAL_BYTES) {
      throw invalidField(
        'credential',
        fieldMessage('credential_too_large', { bytes, max: MAX_CREDENTIAL_BYTES }),
      );
    }
    const text = input.trim();
    if (JWT_PATTERN.test(text)) return { format: 'jwt_vc', jwt: text };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw invalidField('credential', fieldMessage('credential_unreadable'));
    }
    return readCredentialInput(parsed);
  }
  assertBounded(input, 'credential');
  if (!isObject(input)) throw invalidField('credential', fieldMessage('credential_not_object'));
  assertCredentialShape(input);
  return { format: 'ldp_vc', credential: input };
}

/** Rejects input nested too deep or too large, walking it with an explicit stack. */
export function assertBounded(value: unknown, path: string): void {
  const stack: [unknown, number][] = [[value, 1]];
  let count = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (++count > MAX_CREDENTIAL_VALUES) {
      throw invalidField(path, fieldMessage('credential_too_many_values', { max: MAX_CREDENTIAL_VALUES }));
    }
    if (depth > MAX_CREDENTIAL_DEPTH) {
      throw invalidField(path, fieldMessage('credential_too_deep', { max: MAX_CREDENTIAL_DEPTH }));
    }
    if (Array.isArray(node)) for (const item of node) stack.push([item, depth + 1]);
    else if (isObject(node)) for (const item of Object.values(node)) stack.push([item, depth + 1]);
  }
}

/** The minimal shape of a W3C credential with only bundled contexts; `invalid` naming each problem. */
export function assertCredentialShape(credential: JsonObject): void {
  const problems: DomainFieldProblem[] = [];
  const contexts = credential['@context'];
  const list = Array.isArray(contexts) ? contexts : [contexts];
  if (list[0] !== VC_V2_CONTEXT && list[0] !== VC_V1_CONTEXT) {
    problems.push({
      path: 'credential.@context.0',
      ...fieldMessage('credential_context_first', { context: VC_V2_CONTEXT }),
    });
  }
  const known = bundledContexts();
  list.forEach((context, i) => {
    if (typeof context !== 'string') {
      problems.push({
        path: `credential.@context.${i}`,
        ...fieldMessage('credential_context_inline'),
      });
    } else if (!known.has(context)) {
      problems.push({
        path: `credential.@context.${i}`,
        ...fieldMessage('credential_context_unknown', { context }),
      });
    }
  });
  const types = asArray(credential.type);
  if (!types.includes('VerifiableCredential')) {
    problems.push({ path: 'credential.type', ...fieldMessage('credential_type_missing') });
  }
  if (issuerId(credential) === null) {
    problems.push({ path: 'credential.issuer', ...fieldMessage('credential_issuer_invalid') });
  }
  const subject = credential.credentialSubject;
  if (!isObject(subject) && !(Array.isArray(subject) && subject.length > 0 && subject.every(isObject))) {
    problems.push({ path: 'credential.credentialSubject', ...fieldMessage('not_object') });
  }
  if (problems.length > 0) throw invalidFields(problems);
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const asArray = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** The issuer's id, whether `issuer` is an IRI or a profile object; `null` when missing. */
export function issuerId(credential: JsonObject): string | null {
  const issuer = credential.issuer;
  if (typeof issuer === 'string' && issuer.length > 0) return issuer;
  if (isObject(issuer) && typeof issuer.id === 'string' && issuer.id.length > 0) return issuer.id;
  return null;
}

/** The issuer's display name, when it has one. */
export function issuerName(credential: JsonObject): string | null {
  const issuer = credential.issuer;
  return isObject(issuer) && typeof issuer.name === 'string' ? issuer.name : null;
}
