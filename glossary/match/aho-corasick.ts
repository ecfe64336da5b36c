/**
 * A compact Aho-Corasick automaton over UTF-16 code units, stored in typed arrays:
 * a direct 64K table for the root's children, an open-addressing hash of (node, char) -> child for
 * every other edge, and sorted CSR child lists (used to build the failure links breadth first).
 * `scanLeftmostLongest` reports, in one linear pass, the leftmost-longest non-overlapping hits.
 */

export interface Hit {
  start: number;
  end: number;
  /** Index of the pattern in the array given to `buildAutomaton`. */
  pattern: number;
}

export interface Automaton {
  readonly nodeCount: number;
  readonly maxLength: number;
  scanLeftmostLongest(text: string, norm: Uint16Array): Hit[];
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  let capacity = 1;
  let maxLength = 0;
  for (const p of patterns) {
    capacity += p.length;
    if (p.length > maxLength) maxLength = p.length;
  }
  // Trie as first-child / next-sibling lists during construction.
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const label = new Uint16Array(capacity);
  const depth = new Uint16Array(capacity);
  const output = new Int32Array(capacity).fill(-1);
  const rootTable = new Int32Array(0x10000); // 0 = no child (the root is never a child)
  let nodeCount = 1;

  for (let pi = 0; pi < patterns.length; pi++) {
    const p = patterns[pi]!;
    if (p.length === 0) continue;
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let child = -1;
      if (node === 0) {
        child = rootTable[c]! || -1;
      } else {
        for (let k = firstChild[node]!; k !== -1; k = nextSibling[k]!) {
          if (label[k] === c) {
            child = k;
            break;
          }
        }
      }
      if (child === -1) {
        child = nodeCount++;
        label[child] = c;
        depth[child] = depth[node]! + 1;
        if (node === 0) rootTable[c] = child;
        else {
          nextSibling[child] = firstChild[node]!;
          firstChild[node] = child;
        }
      }
      node = child;
    }
    if (output[node] === -1) output[node] = pi;
  }

  // CSR child lists (sorted by label) for non-root nodes.
  const childStart = new Int32Array(nodeCount + 1);
  const childLabel = new Uint16Array(nodeCount);
  const childNode = new Int32Array(nodeCount);
  let pos = 0;
  const tmp: number[] = [];
  for (let n = 0; n < nodeCount; n++) {
    childStart[n] = pos;
    if (n === 0) continue;
    tmp.length = 0;
    for (let k = firstChild[n]!; k !== -1; k = nextSibling[k]!) tmp.push(k);
    if (tmp.length > 1) tmp.sort((a, b) => label[a]! - label[b]!);
    for (const k of tmp) {
      childLabel[pos] = label[k]!;
      childNode[pos++] = k;
    }
  }
  childStart[nodeCount] = pos;

  // Open-addressing hash of the non-root edges (parent, label) -> child: O(1) transitions.
  let hashSize = 2;
  while (hashSize < nodeCount * 2) hashSize <<= 1;
  const hashMask = hashSize - 1;
  const hashParent = new Int32Array(hashSize).fill(-1);
  const hashLabel = new Uint16Array(hashSize);
  const hashChild = new Int32Array(hashSize);
  for (let n = 1; n < nodeCount; n++) {
    for (let k = childStart[n]!; k < childStart[n + 1]!; k++) {
      const c = childLabel[k]!;
      let h = (Math.imul(n, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77)) & hashMask;
      while (hashParent[h] !== -1) h = (h + 1) & hashMask;
      hashParent[h] = n;
      hashLabel[h] = c;
      hashChild[h] = childNode[k]!;
    }
  }

  const child = (node: number, c: number): number => {
    if (node === 0) return rootTable[c]! || -1;
    for (let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77)) & hashMask; ; h = (h + 1) & hashMask) {
      const p = hashParent[h]!;
      if (p === -1) return -1;
      if (p === node && hashLabel[h] === c) return hashChild[h]!;
    }
  };

  // Failure and dictionary-suffix links, breadth first.
  const fail = new Int32Array(nodeCount);
  const dict = new Int32Array(nodeCount).fill(-1);
  const queue = new Int32Array(nodeCount);
  let qh = 0;
  let qt = 0;
  for (let c = 0; c < 0x10000; c++) {
    const v = rootTable[c]!;
    if (v !== 0) queue[qt++] = v; // fail = 0, dict = -1
  }
  const visit = (u: number, v: number, c: number): void => {
    let f = fail[u]!;
    let target = -1;
    for (;;) {
      target = child(f, c);
      if (target !== -1 || f === 0) break;
      f = fail[f]!;
    }
    fail[v] = target === -1 ? 0 : target;
    const fv = fail[v]!;
    dict[v] = output[fv] !== -1 ? fv : dict[fv]!;
    queue[qt++] = v;
  };
  while (qh < qt) {
    const u = queue[qh++]!;
    for (let k = childStart[u]!; k < childStart[u + 1]!; k++) visit(u, childNode[k]!, childLabel[k]!);
  }

  // The scan is written out by hand (no closures, no per-character allocation): it is the hot loop.
  function scanLeftmostLongest(text: string, norm: Uint16Array): Hit[] {
    const hits: Hit[] = [];
    if (maxLength === 0) return hits;
    const L = maxLength;
    const bestLen = new Int32Array(L);
    const bestPat = new Int32Array(L);
    let cursor = 0;
    let state = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = norm[text.charCodeAt(i)]!;
      for (;;) {
        let next = -1;
        if (state === 0) {
          next = rootTable[c]! || -1;
        } else {
          for (let h = (Math.imul(state, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77)) & hashMask; ; h = (h + 1) & hashMask) {
            const p = hashParent[h]!;
            if (p === -1) break;
            if (p === state && hashLabel[h] === c) {
              next = hashChild[h]!;
              break;
            }
          }
        }
        if (next !== -1) {
          state = next;
          break;
        }
        if (state === 0) break;
        state = fail[state]!;
      }
      if (state !== 0) {
        for (let o = output[state] !== -1 ? state : dict[state]!; o !== -1; o = dict[o]!) {
          const len = depth[o]!;
          const s = i - len + 1;
          if (s < cursor) continue;
          const slot = s % L;
          if (len > bestLen[slot]!) {
            bestLen[slot] = len;
            bestPat[slot] = output[o]!;
          }
        }
      }
      // Start i - L + 1 can no longer grow: decide it.
      const done = i - L + 1;
      if (done >= 0) {
        const slot = done % L;
        const len = bestLen[slot]!;
        if (len > 0) {
          if (done >= cursor) {
            hits.push({ start: done, end: done + len, pattern: bestPat[slot]! });
            cursor = done + len;
          }
          bestLen[slot] = 0;
        }
      }
    }
    for (let s = Math.max(0, n - L + 1); s < n; s++) {
      const slot = s % L;
      const len = bestLen[slot]!;
      if (len > 0 && s >= cursor) {
        hits.push({ start: s, end: s + len, pattern: bestPat[slot]! });
        cursor = s + len;
      }
      bestLen[slot] = 0;
    }
    return hits;
  }

  return { nodeCount, maxLength, scanLeftmostLongest };
}
