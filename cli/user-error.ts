/** English wording of the core's error codes for the command line (no stack traces for user errors). */
export function describeError(code: string, d: Record<string, unknown>): string {
  const path = d.path ?? d.file ?? d.fileName ?? '';
  switch (code) {
    case 'unsupported-format':
      return `unsupported file format${path ? ` (${path})` : ''}${d.extension ? `: ${d.extension}` : ''}; supported: ${d.supported ?? 'see --help'}`;
    case 'binary-file':
      return `${path || 'the file'} looks binary, not text`;
    case 'empty-file':
      return `${path || 'the file'} is empty`;
    case 'too-large':
      return `${path || 'the file'} is too large (${d.size ?? '?'} bytes; the limit is ${d.limit ?? d.maxBytes ?? '?'} bytes)`;
    case 'decode-failed':
      return `cannot decode the text${d.encoding ? ` as ${d.encoding}` : ''}${d.line ? ` (line ${d.line})` : ''}; try --encoding`;
    case 'project-not-found':
      return `no project file at ${path}`;
    case 'not-a-project':
      return `${path} is not a Duizhao project file`;
    case 'not-a-glossary':
      return `${path} is not a Duizhao glossary`;
    case 'newer-schema':
      return `${path} was written by a newer Duizhao (schema ${d.version}); update Duizhao`;
    case 'unknown-format':
      return `unknown export format ${d.format ?? d.id ?? ''}; one of: ${d.known ?? d.formats ?? ''}`;
    case 'release-blocked':
      return `release refused: ${Array.isArray(d.blockers) ? d.blockers.length : 'some'} segment(s) with glossary errors or no translation (see the QA report; --force exports anyway)`;
    case 'missing-column':
      return `the glossary file lacks the column ${d.column}${d.line ? ` (line ${d.line})` : ''}`;
    case 'cancelled':
      return 'cancelled; nothing was written';
    default:
      return `${code}${Object.keys(d).length ? ` ${JSON.stringify(d)}` : ''}`;
  }
}

export class UsageError extends Error {}
