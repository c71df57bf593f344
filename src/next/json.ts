// `netplan next --format json`: the same items as the text, for scripts and
// editors, each with its kind, plan id, date, JSON Pointer and source line.

import type { LoadedPlan } from '../plan/load.js';
import type { DueItem, DueReport } from './due.js';

/** The JSON object for one plan's report. */
export function renderNextJson(report: DueReport, loaded: LoadedPlan): object {
  const withPosition = (item: DueItem) => {
    const { line, column } = loaded.span(item.path);
    return { ...item, line, column };
  };
  const json = {
    filePath: loaded.filePath,
    today: report.today,
    through: report.through,
    days: report.days,
    overdue: report.overdue.map(withPosition),
    due: report.due.map(withPosition),
    week: report.week,
  };
  return json;
}
