import { SegmentationError } from './segmentation-error';

/**
 * Converts a Java (java.util.regex) pattern, as used in SRX files, to a JavaScript RegExp
 * source (checked in `u` mode; the `u` flag is kept only when needed, see below). Constructs without a JavaScript equivalent throw
 * `SegmentationError('unsupported-regex')`: possessive quantifiers, `\Q…\E`, atomic groups,
 * inline flags other than a leading `(?i)`, nested classes and class intersections, `\G`.
 */
export interface JsRegex {
  source: string;
  flags: string;
}

const GENERAL_CATEGORIES = new Set(
  'L Lu Ll Lt Lm Lo LC M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Co Cn Cs'.split(' '),
);

/** Java binary properties (with or without `Is`) and their JavaScript names. */
const BINARY: Record<string, string> = {
  Alphabetic: 'Alphabetic',
  Ideographic: 'Ideographic',
  Letter: 'L',
  Lowercase: 'Lowercase',
  Uppercase: 'Uppercase',
  Titlecase: 'Lt',
  Punctuation: 'P',
  Control: 'Cc',
  White_Space: 'White_Space',
  WhiteSpace: 'White_Space',
  Digit: 'Nd',
  Hex_Digit: 'Hex_Digit',
  HexDigit: 'Hex_Digit',
  Join_Control: 'Join_Control',
  Assigned: 'Assigned',
  javaLowerCase: 'Ll',
  javaUpperCase: 'Lu',
  javaLetter: 'L',
  javaDigit: 'Nd',
};

/** Class contents (no brackets) for Java POSIX classes and the Unicode blocks seen in SRX files. */
const RANGES: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Space: ' \\t\\n\\x0B\\f\\r',
  Blank: ' \\t',
  XDigit: '0-9a-fA-F',
  InBasicLatin: '\\x00-\\x7F',
  InGeneralPunctuation: '\\u2000-\\u206F',
  InCJKSymbolsandPunctuation: '\\u3000-\\u303F',
  InCJKSymbolsAndPunctuation: '\\u3000-\\u303F',
  InHiragana: '\\u3040-\\u309F',
  InKatakana: '\\u30A0-\\u30FF',
  InCJKUnifiedIdeographs: '\\u4E00-\\u9FFF',
  InCJKUnifiedIdeographsExtensionA: '\\u3400-\\u4DBF',
  InHalfwidthandFullwidthForms: '\\uFF00-\\uFFEF',
  InHalfwidthAndFullwidthForms: '\\uFF00-\\uFFEF',
};

const H_SPACE = ' \\t\\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000';
/** Characters that may (and sometimes must) stay escaped in a `u`-mode JavaScript regex. */
const JS_SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));

function unsupported(pattern: string, construct: string, index: number): never {
  throw new SegmentationError('unsupported-regex', { pattern, construct, index });
}

/** `\p{name}` → either a `\p{…}` escape or class contents; `inClass` decides how a range is emitted. */
function convertProperty(pattern: string, name: string, negated: boolean, inClass: boolean, index: number): string {
  let n = name.replace(/^(?:Is|general_category=|gc=)(?=\w)/, '');
  const script = /^(?:script|sc)=(.+)$/.exec(name);
  const block = /^(?:block|blk)=(.+)$/.exec(name);
  if (block) n = `In${block[1]!}`;
  const P = negated ? 'P' : 'p';
  if (script) return `\\${P}{Script=${script[1]!}}`;
  if (GENERAL_CATEGORIES.has(n)) return `\\${P}{${n}}`;
  const binary = BINARY[n] ?? BINARY[name];
  if (binary) return `\\${P}{${binary}}`;
  const range = RANGES[name] ?? RANGES[n];
  if (range) {
    if (!inClass) return negated ? `[^${range}]` : `[${range}]`;
    if (negated) unsupported(pattern, `\\P{${name}} inside a class`, index);
    return range;
  }
  if (/^In/.test(name)) unsupported(pattern, `\\p{${name}}`, index);
  // Java `\p{IsHan}` etc.: a script name.
  if (/^Is/.test(name)) return `\\${P}{Script=${n}}`;
  return `\\${P}{${name}}`;
}

export function javaRegexToJs(pattern: string): JsRegex {
  let flags = 'u';
  let i = 0;
  const lead = /^\(\?([imsux]+)\)/.exec(pattern);
  if (lead) {
    if (lead[1]!.includes('i')) flags += 'i';
    if (lead[1]!.includes('s')) flags += 's';
    if (lead[1]!.includes('m')) flags += 'm';
    i = lead[0].length;
  }
  let out = '';
  let inClass = false;
  let classStart = false; // just after `[` or `[^`
  const n = pattern.length;
  const quantifierTail = (): void => {
    // called right after a quantifier was emitted
    const c = pattern[i];
    if (c === '+') unsupported(pattern, 'possessive quantifier', i);
    if (c === '?') {
      out += '?';
      i++;
    }
  };
  while (i < n) {
    const c = pattern[i]!;
    if (c === '\\') {
      const e = pattern[i + 1];
      if (e === undefined) throw new SegmentationError('bad-regex', { pattern, reason: 'trailing-backslash' });
      const at = i;
      i += 2;
      classStart = false;
      if (e === 'Q' || e === 'E') unsupported(pattern, `\\${e}`, at);
      if (e === 'G' || e === 'X' || e === 'K') unsupported(pattern, `\\${e}`, at);
      if (e === 'p' || e === 'P') {
        let name: string;
        if (pattern[i] === '{') {
          const close = pattern.indexOf('}', i);
          if (close < 0) throw new SegmentationError('bad-regex', { pattern, reason: 'unclosed-property', index: at });
          name = pattern.slice(i + 1, close);
          i = close + 1;
        } else {
          name = pattern[i] ?? '';
          i++;
        }
        out += convertProperty(pattern, name, e === 'P', inClass, at);
      } else if (e === 'h' || e === 'H') {
        if (inClass && e === 'H') unsupported(pattern, '\\H inside a class', at);
        out += inClass ? H_SPACE : e === 'h' ? `[${H_SPACE}]` : `[^${H_SPACE}]`;
      } else if (e === 'A') {
        if (inClass) unsupported(pattern, '\\A inside a class', at);
        out += '^';
      } else if (e === 'z' || e === 'Z') {
        if (inClass) unsupported(pattern, `\\${e} inside a class`, at);
        out += '$';
      } else if (e === 'R') {
        if (inClass) unsupported(pattern, '\\R inside a class', at);
        out += '(?:\\r\\n|[\\n\\v\\f\\r\\u0085\\u2028\\u2029])';
      } else if (e === 'e') {
        out += '\\x1B';
      } else if (e === 'a') {
        out += '\\x07';
      } else if (e === 'x' && pattern[i] === '{') {
        const close = pattern.indexOf('}', i);
        out += `\\u${pattern.slice(i, close + 1)}`;
        i = close + 1;
      } else if (e === '0') {
        unsupported(pattern, 'octal escape', at);
      } else if (/[dDsSwWbBnrtfvcuxk1-9]/.test(e)) {
        out += `\\${e}`; // operands (\uXXXX, \k<name>, …) are copied verbatim by the main loop
      } else if (/[A-Za-z]/.test(e)) {
        unsupported(pattern, `\\${e}`, at);
      } else if (JS_SYNTAX.has(e) || (inClass && e === '-')) {
        out += `\\${e}`;
      } else {
        out += e; // Java allows escaping any non-letter; JavaScript's `u` mode does not.
      }
      continue;
    }
    if (inClass) {
      if (c === '[') {
        if (classStart) {
          out += '\\[';
          classStart = false;
          i++;
          continue;
        }
        unsupported(pattern, 'nested character class', i);
      }
      if (c === '&' && pattern[i + 1] === '&') unsupported(pattern, 'class intersection', i);
      if (c === ']' && !classStart) {
        inClass = false;
        out += ']';
        i++;
        continue;
      }
      if (c === ']' && classStart) {
        out += '\\]'; // Java: a `]` right after `[` or `[^` is literal
        classStart = false;
        i++;
        continue;
      }
      classStart = false;
      out += c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += '[';
      i++;
      if (pattern[i] === '^') {
        out += '^';
        i++;
      }
      classStart = true;
      continue;
    }
    if (c === '(') {
      if (pattern[i + 1] === '?') {
        const rest = pattern.slice(i + 2);
        const ok = /^(?::|=|!|<=|<!|<[A-Za-z][A-Za-z0-9]*>)/.exec(rest);
        if (!ok) unsupported(pattern, rest.startsWith('>') ? 'atomic group' : 'inline flags', i);
        out += `(?${ok[0]}`;
        i += 2 + ok[0].length;
        continue;
      }
      out += '(';
      i++;
      continue;
    }
    if (c === '*' || c === '+' || c === '?') {
      out += c;
      i++;
      quantifierTail();
      continue;
    }
    if (c === '{') {
      const q = /^\{\d+(?:,\d*)?\}/.exec(pattern.slice(i));
      if (q) {
        out += q[0];
        i += q[0].length;
        quantifierTail();
        continue;
      }
      out += '\\{';
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      out += `\\${c}`;
      i++;
      continue;
    }
    out += c;
    i++;
  }
  if (inClass) throw new SegmentationError('bad-regex', { pattern, reason: 'unclosed-class' });
  try {
    new RegExp(out, flags);
  } catch (err) {
    throw new SegmentationError('bad-regex', { pattern, converted: out, reason: (err as Error).message });
  }
  // V8 runs `u`-mode lookbehinds about twice as slowly, so `u` is kept only where the pattern needs it
  // (property escapes, \u{…}, astral literals). Without it a negated class or `.` counts an astral
  // character as two UTF-16 units, which makes no difference to sentence rules.
  const needsUnicode = /\\[pP]\{|\\u\{|[\uD800-\uDFFF]/.test(out);
  return { source: out, flags: needsUnicode ? flags : flags.replace('u', '') };
}

/** Compiles a Java regex; `wrap` builds the final source around the converted one. */
export function compileJavaRegex(pattern: string, extraFlags = '', wrap: (s: string) => string = (s) => s): RegExp {
  const js = javaRegexToJs(pattern);
  const flags = [...new Set((js.flags + extraFlags).split(''))].join('');
  return new RegExp(wrap(js.source), flags);
}
