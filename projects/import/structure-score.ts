/**
 * Test/bench helper: scores a StructureJson against a gold one with the shared evaluator
 * (../shared/tools/eval-import.mjs, run as a child process so its logic is used unchanged).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { StructureJson } from '../model';

export interface StructureScore {
  articles_expected: number;
  articles_actual: number;
  title_accuracy: number;
  paragraph_f1: number;
  heading_f1: number;
  assignment_accuracy: number;
  other_recall: number;
  char_coverage: number;
  [k: string]: unknown;
}

/** Path of the shared evaluator, resolved from the repository root (the working directory of vitest/tsx). */
export const EVALUATOR = resolve(process.cwd(), '../shared/tools/eval-import.mjs');

export function scoreStructure(gold: StructureJson | string, actual: StructureJson): StructureScore {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-eval-'));
  const goldPath = typeof gold === 'string' ? gold : join(dir, 'gold.json');
  if (typeof gold !== 'string') writeFileSync(goldPath, JSON.stringify(gold));
  const actualPath = join(dir, 'actual.json');
  writeFileSync(actualPath, JSON.stringify(actual));
  try {
    const out = execFileSync(process.execPath, [EVALUATOR, goldPath, actualPath], { encoding: 'utf8' });
    return JSON.parse(out) as StructureScore;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
