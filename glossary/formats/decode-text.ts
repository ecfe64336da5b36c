import iconv from 'iconv-lite';
import jschardet from 'jschardet';

/**
 * Decode a text file: UTF-8 (BOM optional), UTF-16 with BOM, else the detected legacy encoding
 * (GB18030/GBK/Big5 glossaries saved by Excel on Chinese Windows). The BOM is removed.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const guess = jschardet.detect(buf).encoding;
    const enc = guess && iconv.encodingExists(guess) && !/^utf-?8$|ascii/i.test(guess) ? guess : 'gb18030';
    // GB2312/GBK are subsets of GB18030: decode with the superset.
    return iconv.decode(buf, /^(gb2312|gbk)$/i.test(enc) ? 'gb18030' : enc);
  }
}

export function encodeUtf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
