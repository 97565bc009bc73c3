/**
 * W3C Bitstring Status List: one bit per issued credential (1 = revoked), GZIP-compressed and
 * multibase base64url-encoded (`u…`), published as a credential the platform signs.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { invalidField } from '../errors.js';
import { fieldMessage } from '../field-messages.js';
import { VC_V2_CONTEXT } from './contexts.js';

/** 131,072 entries (16 KiB): the specification's minimum, so one index says little about a person. */
export const STATUS_LIST_LENGTH = 131_072;

/** The encoded list with the given indexes set (index 0 is the first, most significant, bit). */
export function encodeStatusList(setIndexes: Iterable<number>, length = STATUS_LIST_LENGTH): string {
  const bytes = new Uint8Array(Math.ceil(length / 8));
  for (const index of setIndexes) {
    if (!Number.isInteger(index) || index < 0 || index >= length)
      throw new RangeError(`status index ${index}`);
    bytes[index >> 3] = (bytes[index >> 3] ?? 0) | (0x80 >> (index & 7));
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

/** The raw bits of an encoded list; a clear `invalid` error when it is not one. */
export function decodeStatusList(encodedList: string): Uint8Array {
  if (!encodedList.startsWith('u')) {
    throw invalidField('credentialSubject.encodedList', fieldMessage('status_list_encoding'));
  }
  try {
    // 16 MiB of bits is far beyond any real list; the cap stops a decompression bomb.
    return gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: 16 * 1024 * 1024 });
  } catch {
    throw invalidField('credentialSubject.encodedList', fieldMessage('status_list_not_gzip'));
  }
}

/** Whether the bit at `index` is set; `null` when the list is shorter than that. */
export function statusBit(bits: Uint8Array, index: number): boolean | null {
  const byte = bits[index >> 3];
  if (byte === undefined || index < 0) return null;
  return (byte & (0x80 >> (index & 7))) !== 0;
}

export interface StatusListInput {
  /** Where the list is served, e.g. `https://skills.example/api/status-lists/sl_…`. */
  url: string;
  issuer: string;
  validFrom: string;
  revokedIndexes: Iterable<number>;
}

/** The unsigned `BitstringStatusListCredential` for a revocation list. */
export function statusListCredential({ url, issuer, validFrom, revokedIndexes }: StatusListInput) {
  return {
    '@context': [VC_V2_CONTEXT],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer,
    validFrom,
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(revokedIndexes),
    },
  };
}

/** The `credentialStatus` entry a credential carries for its place in a list. */
export function statusListEntry(listUrl: string, index: number) {
  return {
    id: `${listUrl}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(index),
    statusListCredential: listUrl,
  };
}
