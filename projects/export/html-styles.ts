/** Inline CSS of the HTML exports (self-contained: no external assets). */

export const BASE_CSS = `
:root { --ink: #1b1b1b; --muted: #5f6368; --rule: #d9d9d9; --accent: #8a1c1c; }
* { box-sizing: border-box; }
body { margin: 0; padding: 2rem 1.5rem; color: var(--ink); background: #fff;
  font: 16px/1.65 "Noto Serif", "Times New Roman", Georgia, serif; }
main { max-width: 72rem; margin: 0 auto; }
[lang|="zh"] { font-family: "Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", "Songti SC", SimSun, serif; line-height: 1.85; }
[lang="zh-Hant-TW"] { font-family: "Noto Serif CJK TC", "Noto Serif TC", "Source Han Serif TC", PMingLiU, serif; }
[lang="zh-Hant-HK"] { font-family: "Noto Serif CJK HK", "Noto Serif HK", "Source Han Serif HK", MingLiU_HKSCS, serif; }
article { margin: 0 0 3rem; }
article + article { border-top: 2px solid var(--ink); padding-top: 1.5rem; }
.title { font-size: 1.6rem; font-weight: 700; line-height: 1.3; margin: 0 0 .4rem; }
.subtitle { font-size: 1.15rem; font-weight: 600; color: var(--muted); margin: 0 0 .3rem; }
.heading { font-size: 1.15rem; font-weight: 700; margin: 1rem 0 .2rem; }
.byline { font-size: .95rem; color: var(--muted); }
.caption, .credit { font-size: .9rem; font-style: italic; color: var(--muted); }
.credit { text-align: right; }
.pullquote { font-size: 1.05rem; border-left: 3px solid var(--accent); padding-left: .8rem; color: var(--accent); }
p { margin: 0 0 .9rem; }
`;

export const BILINGUAL_CSS = `
.rows { display: grid; grid-template-columns: 1fr 1fr; column-gap: 2rem; }
.row { display: contents; }
.cell { padding: .35rem 0; border-bottom: 1px solid var(--rule); }
.colhead { font: 600 .8rem/1.4 system-ui, sans-serif; letter-spacing: .06em; text-transform: uppercase;
  color: var(--muted); border-bottom: 2px solid var(--ink); padding-bottom: .3rem; }
.cell > p { margin: 0; }
.zh .caption, .zh .credit { font-style: normal; } /* no synthetic CJK italics */
.cell > .empty { color: #b0b0b0; }
@media (max-width: 760px) {
  .rows { grid-template-columns: 1fr; }
  .colhead.en { display: none; }
  .cell.zh { border-bottom: none; padding-bottom: 0; }
}
@media print {
  @page { size: A4; margin: 18mm 16mm 20mm; }
  body { padding: 0; font-size: 10.5pt; }
  main { max-width: none; }
  .rows { display: table; width: 100%; border-collapse: collapse; table-layout: fixed; }
  .row { display: table-row; break-inside: avoid; page-break-inside: avoid; }
  .cell { display: table-cell; width: 50%; vertical-align: top; padding: 4pt 8pt 4pt 0; }
  .colhead.en { display: table-cell; }
  article + article { break-before: page; page-break-before: always; border-top: none; }
}
`;

export const TARGET_CSS = `
main { max-width: 42rem; }
@media print {
  @page { size: A4; margin: 20mm; }
  body { padding: 0; font-size: 11pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  p { orphans: 3; widows: 3; }
}
`;
