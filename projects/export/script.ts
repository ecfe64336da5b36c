/** Chinese script conversion of the source column (OpenCC) and the matching language tags. */
import * as OpenCC from 'opencc-js';
import type { ChineseScript } from './types';

type Convert = (text: string) => string;
const cache = new Map<ChineseScript, Convert>();

/** A converter from simplified Chinese to the wanted script; identity for 'simplified'. */
export function scriptConverter(script: ChineseScript = 'simplified'): Convert {
  if (script === 'simplified') return (s) => s;
  let conv = cache.get(script);
  if (!conv) {
    conv = OpenCC.Converter({ from: 'cn', to: script === 'tw' ? 'twp' : 'hk' });
    cache.set(script, conv);
  }
  return conv;
}

/** BCP 47 tag for HTML `lang` (script subtag). */
export function htmlLang(script: ChineseScript = 'simplified'): string {
  return script === 'tw' ? 'zh-Hant-TW' : script === 'hk' ? 'zh-Hant-HK' : 'zh-Hans';
}

/** Region tag used by TMX / XLIFF / DOCX (the forms CAT tools expect). */
export function regionLang(script: ChineseScript = 'simplified'): string {
  return script === 'tw' ? 'zh-TW' : script === 'hk' ? 'zh-HK' : 'zh-CN';
}

/** East Asian font family for DOCX runs. */
export function cjkFont(script: ChineseScript = 'simplified'): string {
  return script === 'tw' ? 'Noto Serif CJK TC' : script === 'hk' ? 'Noto Serif CJK HK' : 'Noto Serif CJK SC';
}
