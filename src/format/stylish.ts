// `--format stylish` (the default): findings grouped by file, aligned
// columns, a summary line; colour only when the context brings a chalk.

import type { Formatter } from './types.js';

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
    out.push(c.underline(report.filePath));
    const rows = report.messages.map((m) => [`${m.line}:${m.column}`, m.severity, m.message, m.ruleId] as const);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const [pos, severity, message, ruleId] of rows) {
      const sev = severity.padEnd(widths[1]!);
      out.push(
        `  ${c.dim(pos.padEnd(widths[0]!))}  ${severity === 'error' ? c.red(sev) : c.yellow(sev)}  ${message.padEnd(widths[2]!)}  ${c.dim(ruleId)}`.trimEnd(),
      );
    }
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
