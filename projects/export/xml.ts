/** Escaping for XML and HTML text and attributes, and XML 1.0 character filtering. */

// Characters not allowed in XML 1.0 (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/FFFF).
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content or a double/single-quoted attribute (XML and HTML alike). */
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

export function esc(text: string): string {
  if (!NEEDS_WORK.test(text)) return text; // fast path: most segments need no escaping
  return text.replace(INVALID_XML, '\ufffd').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escapes for an attribute, also keeping tab/newline as character references (attribute-value normalisation). */
export function escAttr(text: string): string {
  return esc(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** Escapes element content keeping CR as a reference (XML parsers normalise raw CR to LF). */
export function escText(text: string): string {
  const e = esc(text);
  return e.includes('\r') ? e.replace(/\r/g, '&#13;') : e;
}
