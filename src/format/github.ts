// `--format github`: one GitHub Actions workflow command per finding, which
// the runner turns into an annotation on the file and line. Nothing else is
// printed (no summary): every line is a command, and the step's exit code
// already says whether the run failed.

import { isAbsolute, relative, resolve, sep } from 'node:path';
import { visible } from '../visible.js';
import { annotationRegion } from './region.js';
import type { Formatter } from './types.js';

/** The escaping the runner undoes in a command's data (after `::`). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also ends at `,` and the properties at `::`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Relative to the working folder with forward slashes, as every other format
 * prints it (the runner reads it against the repository root, so run lint
 * from there, as the CI examples do); a file outside the folder keeps its
 * absolute path. Standard input with no --stdin-filename has no file to point at.
 */
function annotationFile(filePath: string, cwd: string): string | undefined {
  if (filePath === '<stdin>') return undefined;
  const absolute = resolve(cwd, filePath);
  const rel = relative(cwd, absolute);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel.split(sep).join('/');
}

const github: Formatter = (reports, context) => {
  const out: string[] = [];
  for (const report of reports) {
    const file = annotationFile(visible(report.filePath), context.cwd);
    for (const m of report.messages) {
      const region = annotationRegion(m);
      const props: [string, string | number][] = [];
      if (file !== undefined) {
        props.push(['file', file], ['line', region.line], ['col', region.column], ['endLine', region.endLine]);
        // GitHub keeps columns only for a one-line annotation.
        if (region.endColumn !== undefined && region.endLine === region.line) props.push(['endColumn', region.endColumn]);
      }
      props.push(['title', m.ruleId]);
      const properties = props.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
      out.push(`::${m.severity} ${properties}::${escapeData(visible(m.message))}`);
    }
  }
  return out.length === 0 ? '' : out.join('\n') + '\n';
};
export default github;
