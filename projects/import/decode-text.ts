/**
 * Bytes → text for the text formats. Order: forced encoding; BOM (UTF-8, UTF-16LE/BE);
 * BOM-less UTF-16 by NUL-byte parity; well-formed UTF-8 (or UTF-8 with ≤ 1 bad byte per 10 good
 * sequences: damaged UTF-8, decoded as UTF-8 so the damage is reported); then jschardet's guess
 * checked against GB18030 and Big5 (the guess wins unless it leaves replacement characters, or
 * another CJK candidate reads as much more common Chinese text). A guess outside UTF-8/16,
 * GB18030 and Big5 is refused (`decode-failed`, reason `unsupported-encoding`: force the
 * encoding instead), except windows-1252 for text with under 2 % high bytes (English with
 * typographic quotes).
 *
 * Mojibake rule: a decode that yields U+FFFD is never silent. When at most MAX_REPLACED
 * characters are affected (and at most 1 in 1,000), the text is kept with one
 * `decode-replaced` warning per affected line (1-based `line`); otherwise an ImportError
 * `decode-failed` is thrown with the encoding, the first bad line and the count.
 */
import iconv from 'iconv-lite';
import * as jschardet from 'jschardet';
import type { ImportWarning } from '../model';
import { ImportError } from './import-error';

export interface DecodedText {
  text: string;
  encoding: string;
  confidence: number;
  warnings: ImportWarning[];
}

/** At most this many U+FFFD characters are tolerated (as warnings) in one file. */
export const MAX_REPLACED = 3;

const CANONICAL: Record<string, string> = {
  'utf-8': 'UTF-8',
  utf8: 'UTF-8',
  ascii: 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb2312: 'GB18030',
  gbk: 'GB18030',
  gb18030: 'GB18030',
  'hz-gb-2312': 'GB18030',
  big5: 'Big5',
  'euc-tw': 'Big5',
};

/** Canonical name for an encoding label (GB2312/GBK are read as their superset GB18030). */
export function canonicalEncoding(label: string): string {
  return CANONICAL[label.toLowerCase()] ?? label;
}

export function decodeText(bytes: Uint8Array, forced?: string): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (forced) {
    const enc = canonicalEncoding(forced);
    if (!iconv.encodingExists(enc)) throw new ImportError('unknown-encoding', { encoding: forced });
    return finish(iconv.decode(buf, enc), enc, 1);
  }
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return finish(iconv.decode(buf, 'utf-8'), 'UTF-8', 1);
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return finish(iconv.decode(buf, 'utf-16le'), 'UTF-16LE', 1);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return finish(iconv.decode(buf, 'utf-16be'), 'UTF-16BE', 1);

  const utf16 = sniffUtf16(buf);
  if (utf16) return finish(iconv.decode(buf, utf16), utf16, 0.9);
  if (hasNul(buf)) throw new ImportError('binary-file', { reason: 'nul-bytes' });

  const scan = scanUtf8(buf);
  if (scan.invalid === 0) return finish(new TextDecoder('utf-8').decode(buf), 'UTF-8', 1);
  // Mostly well-formed UTF-8 with a few bad bytes: damaged UTF-8, never a legacy encoding.
  if (scan.valid >= 4 && scan.valid >= 10 * scan.invalid) return finish(new TextDecoder('utf-8').decode(buf), 'UTF-8', 0.9);
  const guess = jschardet.detect(buf.length > 65536 ? buf.subarray(0, 65536) : buf);
  const guessed = guess.encoding ? canonicalEncoding(guess.encoding) : '';
  const believable = guessed !== '' && SUPPORTED.has(guessed);
  if (!believable) {
    // The detector is unreliable on short CJK texts: accept a clean GB18030/Big5 reading that looks like real Chinese.
    for (const enc of ['GB18030', 'Big5']) {
      const text = iconv.decode(buf, enc);
      if (countReplacement(text) === 0 && commonHanScore(text) >= REAL_CHINESE) return finish(text, enc, 0.5);
    }
    // A Western single-byte guess is only believable for text with a few high bytes (smart quotes…).
    const western = guessed === 'windows-1252' || guessed === 'ISO-8859-1' || guessed === '';
    if (western && scan.high * 50 < buf.length) return finish(iconv.decode(buf, 'windows-1252'), 'windows-1252', guess.confidence);
    throw new ImportError('decode-failed', { encoding: guessed || null, line: lineAt(buf, scan.firstInvalid), reason: 'unsupported-encoding' });
  }
  const candidates = [...new Set([guessed, 'GB18030', 'Big5'].filter((e) => e !== '' && iconv.encodingExists(e)))];
  let best: { enc: string; text: string; bad: number; score: number } | null = null;
  for (const enc of candidates) {
    const text = iconv.decode(buf, enc);
    const bad = countReplacement(text);
    const score = commonHanScore(text) + (enc === guessed ? 0.02 : 0);
    if (!best || bad < best.bad || (bad === best.bad && score > best.score)) best = { enc, text, bad, score };
  }
  if (!best) throw new ImportError('decode-failed', { reason: 'no-candidate' });
  const confidence = best.enc === guessed ? guess.confidence : Math.min(0.5, guess.confidence);
  return finish(best.text, best.enc, confidence);
}

/** Share of very common characters above which a decode reads as real Chinese (mojibake scores ~0.05). */
const REAL_CHINESE = 0.25;

/** Encodings the detector may choose on its own (others must be forced). */
const SUPPORTED = new Set(['UTF-8', 'UTF-16LE', 'UTF-16BE', 'GB18030', 'Big5']);

interface Utf8Scan {
  /** Well-formed multi-byte sequences. */
  valid: number;
  /** Bytes that start no well-formed sequence. */
  invalid: number;
  /** Bytes ≥ 0x80. */
  high: number;
  /** Offset of the first invalid byte, or -1. */
  firstInvalid: number;
}

/** One pass over the bytes: how much of it is well-formed UTF-8. */
function scanUtf8(b: Uint8Array): Utf8Scan {
  let valid = 0;
  let invalid = 0;
  let high = 0;
  let firstInvalid = -1;
  const cont = (i: number): boolean => i < b.length && (b[i]! & 0xc0) === 0x80;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    high++;
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    let ok = n > 0;
    for (let k = 1; ok && k <= n; k++) ok = cont(i + k);
    if (ok) {
      valid++;
      high += n;
      i += n + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, high, firstInvalid };
}

/** 1-based line of a byte offset (0 → line 1). */
function lineAt(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < b.length; i++) if (b[i] === 10) line++;
  return line;
}

/** UTF-16 without BOM: NUL bytes, nearly all on one parity (ASCII, newlines and digits carry a NUL half). */
function sniffUtf16(buf: Buffer): 'UTF-16LE' | 'UTF-16BE' | null {
  if (buf.length < 4 || buf.length % 2 !== 0) return null;
  const n = Math.min(buf.length, 8192);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const total = even + odd;
  if (total < Math.max(2, n / 200)) return null;
  if (odd >= total * 0.9) return 'UTF-16LE';
  if (even >= total * 0.9) return 'UTF-16BE';
  return null;
}

function hasNul(buf: Buffer): boolean {
  return buf.indexOf(0) >= 0;
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** Very frequent characters of running Chinese text, simplified and traditional. */
const COMMON = new Set([...'的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵尺跑鸡个們為來時這國說會對過還從經發學問動樣現機開長關點進麼間與種實體電議當軍業頭話應見變總聽幾條論讓務讀員書無東車術將產義導輕風聯視區題統邊識類傳響難師戰報隊處鄉紅場愛園際達護質轉選運監歷製黨']);

/** Share of characters that are very common Chinese characters: high for a right decode, low for mojibake. */
function commonHanScore(text: string): number {
  let hits = 0;
  let han = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const c of sample) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp < 0x2e80) continue;
    han++;
    if (COMMON.has(c)) hits++;
  }
  return han === 0 ? 0 : hits / han;
}

function finish(raw: string, encoding: string, confidence: number): DecodedText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const warnings: ImportWarning[] = [];
  const bad = countReplacement(text);
  if (bad > 0) {
    const lines = replacementLines(text);
    if (bad > MAX_REPLACED || bad * 1000 > text.length) {
      throw new ImportError('decode-failed', { encoding, line: lines[0], count: bad });
    }
    for (const line of lines) warnings.push({ code: 'decode-replaced', line, detail: encoding });
  }
  return { text, encoding, confidence, warnings };
}

/** 1-based numbers of the lines holding U+FFFD. */
function replacementLines(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 0xfffd && line !== last) {
      out.push(line);
      last = line;
    }
  }
  return out;
}
