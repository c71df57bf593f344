// `--format github`: one GitHub Actions workflow command per finding, which
// the runner turns into an annotation on the file and line. Nothing else is
// printed (no summary): every line is a command, and the step's exit code
// already says whether the run failed.

import { resolve } from 'node:path';
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
 * The runner makes an absolute path under the workspace repository-relative,
 * but takes a relative one as relative to the repository root, not to the
 * step's working directory; an absolute path is right in both cases.
 * Standard input with no --stdin-filename has no file to point at.
 */
function annotationFile(filePath: string, cwd: string): string | undefined {
  return filePath === '<stdin>' ? undefined : resolve(cwd, filePath);
}

const github: Formatter = (reports, context) => {
  const out: string[] = [];
  for (const report of reports) {
    const file = annotationFile(report.filePath, context.cwd);
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
      out.push(`::${m.severity} ${properties}::${escapeData(m.message)}`);
    }
  }
  return out.length === 0 ? '' : out.join('\n') + '\n';
};
export default github;
