import type { SegmentationRules, SrxRule } from './segmentation-rules';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** XML text escaping that also keeps carriage returns and other controls from being normalised away. */
function escText(s: string): string {
   
  return esc(s).replace(/[\r\t\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

function writeRule(r: SrxRule): string {
  const parts = [`        <rule break="${r.break ? 'yes' : 'no'}">`];
  if (r.beforeBreak !== null) parts.push(`          <beforebreak>${escText(r.beforeBreak)}</beforebreak>`);
  if (r.afterBreak !== null) parts.push(`          <afterbreak>${escText(r.afterBreak)}</afterbreak>`);
  parts.push('        </rule>');
  return parts.join('\n');
}

/** Serialises rules as an SRX 2.0 document; `parseSrx(writeSrx(r))` gives `r` back. */
export function writeSrx(rules: SegmentationRules): string {
  const yn = (b: boolean) => (b ? 'yes' : 'no');
  const handles = rules.formatHandles.map((f) => `    <formathandle type="${f.type}" include="${yn(f.include)}"/>`);
  const header =
    handles.length === 0
      ? `  <header segmentsubflows="${yn(rules.segmentSubflows)}" cascade="${yn(rules.cascade)}"/>`
      : [`  <header segmentsubflows="${yn(rules.segmentSubflows)}" cascade="${yn(rules.cascade)}">`, ...handles, '  </header>'].join('\n');
  const langs = rules.languageRules.map((l) =>
    [`      <languagerule languagerulename="${esc(l.name)}">`, ...l.rules.map(writeRule), '      </languagerule>'].join('\n'),
  );
  const maps = rules.maps.map(
    (m) => `      <languagemap languagepattern="${esc(m.pattern)}" languagerulename="${esc(m.ruleName)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<srx xmlns="http://www.lisa.org/srx20" version="2.0">',
    header,
    '  <body>',
    '    <languagerules>',
    ...langs,
    '    </languagerules>',
    '    <maprules>',
    ...maps,
    '    </maprules>',
    '  </body>',
    '</srx>',
    '',
  ].join('\n');
}
