/**
 * Typical newspaper markers recognised by the page rebuilder. They are structural conventions
 * of Chinese newspapers (datelines, bylines, photo credits), never words of one article.
 */

/** Box/bullet marks that open a byline printed under a headline (`□本报记者 …`). */
const BOX = '[□■◆◇●○▲△]';
const BYLINE_HEAD = '(?:本报记者|本报通讯员|本报特约记者|特约记者|通讯员|实习生|记者|文\\s*[/／|｜]|撰文)';

/** A whole line that is a byline: `□本报记者 陈钧 实习生 王天翊`, `本报记者 张三`. */
const BYLINE_LINE = new RegExp(`^(?:${BOX}\\s*\\S.{0,40}|${BYLINE_HEAD}\\s*\\S.{0,40})$`, 'u');

/** A byline glued after a headline on the same line: `…合作区等 □本报记者 陈钧`. */
const GLUED_BYLINE = new RegExp(`\\s+(?=${BOX}\\s*\\S|本报(?:记者|通讯员|特约记者)\\s*\\S)`, 'u');

/** Photo credits: `记者 罗斌 摄`, `本报记者 张三 摄影`, `图片由…提供`, `新华社发`. */
const CREDIT_LINE =
  /^[（(]?(?:(?:本报)?(?:记者|通讯员|特约摄影|摄影记者)?\s*[\p{Script=Han}A-Za-z·\s]{1,16}\s*摄(?:影)?|图片由.{1,30}提供|(?:图|图片|摄影|供图)\s*[:：/／|｜].{1,30}|.{1,12}(?:供图|资料图片|新华社发))[）)]?$/u;

/** A line that opens an article body with a dateline: `本报讯`, `本报重庆电`, `新华社北京4月14日电`. */
const DATELINE_START = /^(?:本报讯|本报[^\s，。]{0,12}电|新华社[^\s，。]{0,16}电|中新社[^\s，。]{0,16}电|据[^\s，。]{1,12}报道)/u;

/** True when the whole (trimmed) line is a byline. Credits (`… 摄`) are not bylines. */
export function isBylineLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || isCreditLine(t) || /[。！？，、；：]/.test(t) || t.length > 40) return false;
  return BYLINE_LINE.test(t) && !DATELINE_START.test(t);
}

/** True when the whole (trimmed) line is a photo credit. */
export function isCreditLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || /[，。！？；]/.test(t)) return false;
  return CREDIT_LINE.test(t);
}

/** True when the line starts an article body with a dateline. */
export function startsWithDateline(line: string): boolean {
  return DATELINE_START.test(line.trim());
}

/**
 * Offset where a byline glued onto a headline starts (`…等 □本报记者 …` → index of the space
 * before `□`), or -1. The text before it must be non-empty and must not end a sentence.
 */
export function gluedBylineOffset(line: string): number {
  const m = GLUED_BYLINE.exec(line);
  if (!m || m.index === 0) return -1;
  const before = line.slice(0, m.index).trim();
  if (before === '' || /[。！？]$/.test(before)) return -1;
  return m.index;
}

/** A short personal name on its own line (2–4 Han characters), as printed above a photo credit. */
export function isShortNameLine(line: string): boolean {
  return /^[\p{Script=Han}·]{2,4}$/u.test(line.trim());
}
