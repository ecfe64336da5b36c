import envPaths from 'env-paths';
import path from 'node:path';

/** Where the shared glossary lives: `DUIZHAO_GLOSSARY` if set, else `<user data dir>/glossary.sqlite`. */
export function defaultGlossaryPath(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.DUIZHAO_GLOSSARY?.trim();
  if (fromEnv) return fromEnv;
  return path.join(envPaths('duizhao', { suffix: '' }).data, 'glossary.sqlite');
}
