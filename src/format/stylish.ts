// `--format stylish` (the default): findings grouped by file, aligned
// columns, a summary line; colour only when the context brings a chalk.
// On a terminal the message wraps at word boundaries to its width, the rule
// id kept on the first line. Each file shows at most MAX_SHOWN_PER_FILE
// findings, then how many more (JSON and SARIF keep them all): a person reads
// no further, and the report's size stays bounded. Nothing here depends on
// the number of findings for its stack (no spread over the rows).

import { visible } from '../visible.js';
import type { Formatter } from './types.js';
import { wrapWords } from './wrap.js';

export const MAX_SHOWN_PER_FILE = 200;
/** A message column narrower than this is not worth wrapping to: the line runs over instead. */
const MIN_MESSAGE_WIDTH = 20;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

type Paint = (text: string) => string;
const plain: Paint = (text) => text;

const stylish: Formatter = (reports, context) => {
  const k = context.chalk;
  const c = {
    underline: k?.underline ?? plain,
    dim: k?.dim ?? plain,
    red: k?.red ?? plain,
    yellow: k?.yellow ?? plain,
    green: k?.green ?? plain,
    redBold: k?.red.bold ?? plain,
    yellowBold: k?.yellow.bold ?? plain,
  };
  let errors = 0;
  let warnings = 0;
  const out: string[] = [];
  for (const report of reports) {
    errors += report.errorCount;
    warnings += report.warningCount;
    if (report.messages.length === 0) continue;
    out.push(c.underline(visible(report.filePath)));
    const shown = report.messages.slice(0, MAX_SHOWN_PER_FILE);
    const rows = shown.map((m) => ({ pos: `${m.line}:${m.column}`, severity: m.severity, message: visible(m.message), ruleId: visible(m.ruleId) }));
    let posWidth = 0;
    let severityWidth = 0;
    let messageWidth = 0;
    let ruleWidth = 0;
    for (const r of rows) {
      posWidth = Math.max(posWidth, r.pos.length);
      severityWidth = Math.max(severityWidth, r.severity.length);
      messageWidth = Math.max(messageWidth, r.message.length);
      ruleWidth = Math.max(ruleWidth, r.ruleId.length);
    }
    const messageColumn = 2 + posWidth + 2 + severityWidth + 2;
    if (context.width !== undefined) {
      const room = context.width - messageColumn - 2 - ruleWidth;
      if (room >= MIN_MESSAGE_WIDTH) messageWidth = Math.min(messageWidth, room);
    }
    for (const r of rows) {
      const sev = r.severity.padEnd(severityWidth);
      const [first = '', ...more] = r.message.length > messageWidth ? wrapWords(r.message, messageWidth) : [r.message];
      out.push(
        `  ${c.dim(r.pos.padEnd(posWidth))}  ${r.severity === 'error' ? c.red(sev) : c.yellow(sev)}  ${first.padEnd(messageWidth)}  ${c.dim(r.ruleId)}`.trimEnd(),
      );
      for (const line of more) out.push(' '.repeat(messageColumn) + line);
    }
    const hidden = report.messages.length - shown.length;
    if (hidden > 0) out.push(c.dim(`  … and ${hidden} more (--format json lists them all)`));
    out.push('');
  }
  const total = errors + warnings;
  if (reports.length === 0) return '';
  if (total === 0) {
    return c.green(`✔ ${plural(reports.length, 'file')} checked: no problems`) + '\n';
  }
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out.push(errors > 0 ? c.redBold(summary) : c.yellowBold(summary));
  return out.join('\n') + '\n';
};
export default stylish;
