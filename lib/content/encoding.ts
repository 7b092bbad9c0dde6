/*
 * Content files are UTF-8. A file saved in another encoding (GBK is the
 * usual one for Chinese on Windows) must stop the check: read as UTF-8 it
 * would be published as a page of "�". A byte-order mark, which some editors
 * write at the start of a UTF-8 file, is accepted and never part of the text.
 */

/** A file's text, or where it stops being UTF-8. */
export type DecodedText =
  | { ok: true; text: string }
  | { ok: false; line: number; column: number; looksLike: string | null };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a content file's bytes as UTF-8, without its byte-order mark. When
 * the bytes are not UTF-8, says where the first bad byte is (line and column
 * in characters, counting what precedes it on its line) and, when the bytes
 * read cleanly as a legacy Chinese encoding, which one, for the message.
 */
export function decodeContentFile(bytes: Uint8Array): DecodedText {
  try {
    // TextDecoder drops a leading BOM unless told otherwise.
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = countNewlines(bytes, lineStart) + 1;
    const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
    return { ok: false, line, column: [...before].length + 1, looksLike: legacyEncoding(bytes) };
  }
}

/** Strips a leading byte-order mark from text already decoded (by `readFile(…, 'utf8')`, which keeps it). */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The offset of the first byte that does not continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1 && !isSequence(bytes.subarray(i, i + length), length)) return i;
    i += length;
  }
  return bytes.length;
}

function isSequence(sequence: Uint8Array, length: number): boolean {
  if (sequence.length < length) return false;
  try {
    utf8.decode(sequence);
    return true;
  } catch {
    return false;
  }
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) count++;
  return count;
}

/** "GBK (GB 18030)" when the bytes decode cleanly as one and hold Chinese characters; null otherwise. */
function legacyEncoding(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /\p{Script=Han}/u.test(text) ? 'GBK (GB 18030)' : null;
  } catch {
    return null;
  }
}

/** The message for a file that is not UTF-8: what is wrong, and how to save it right in the usual editors. */
export function notUtf8Reason(decoded: Extract<DecodedText, { ok: false }>): string {
  const guess = decoded.looksLike ? ` (it looks saved as ${decoded.looksLike})` : '';
  return `this file is not UTF-8 text${guess}, so it would be published garbled: save it as UTF-8 (in VS Code, click the encoding in the status bar, "Save with Encoding", "UTF-8"; in Notepad, "Save as" with Encoding "UTF-8"), then check again`;
}
