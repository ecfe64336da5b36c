import envPaths from 'env-paths';
import { join } from 'node:path';

/**
 * Where projects and the shared glossary live. Precedence: explicit option (CLI flag) >
 * environment (DUIZHAO_PROJECTS, DUIZHAO_GLOSSARY, or DUIZHAO_HOME for both) > the user data directory.
 */
export function resolvePaths(
  opts: { projectsDir?: string; glossaryPath?: string },
  env: NodeJS.ProcessEnv = process.env,
): { projectsDir: string; glossaryPath: string } {
  const home = env.DUIZHAO_HOME || envPaths('duizhao', { suffix: '' }).data;
  return {
    projectsDir: opts.projectsDir || env.DUIZHAO_PROJECTS || join(home, 'projects'),
    glossaryPath: opts.glossaryPath || env.DUIZHAO_GLOSSARY || join(home, 'glossary.sqlite'),
  };
}
