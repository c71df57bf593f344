// The formats `netplan export --format` writes, each loaded only when asked
// for (the calendar library is not needed for a CSV).

import { UsageError } from '../errors.js';
import type { Plan } from '../plan/types.js';

export const EXPORT_FORMATS = ['ics', 'mermaid', 'markdown', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportContext {
  /** YYYY-MM-DD: what "upcoming" and "overdue" are measured from (markdown). */
  today: string;
  /** YYYY-MM-DD: the calendar's DTSTAMP (ics). */
  stamp: string;
  /** The system's IANA time zone, for plans with no owner.timezone (ics). */
  systemTimeZone?: string;
}

export type Exporter = (plan: Plan, context: ExportContext) => string;

export function checkExportFormat(name: string): ExportFormat {
  if ((EXPORT_FORMATS as readonly string[]).includes(name)) return name as ExportFormat;
  throw new UsageError(`unknown export format "${name}": use ${EXPORT_FORMATS.slice(0, -1).join(', ')} or ${EXPORT_FORMATS.at(-1)}`);
}

export async function loadExporter(format: ExportFormat): Promise<Exporter> {
  switch (format) {
    case 'ics': {
      const { planToIcs } = await import('./ics.js');
      return (plan, context) => planToIcs(plan, { stamp: context.stamp, systemTimeZone: context.systemTimeZone });
    }
    case 'mermaid': {
      const { planToMermaid } = await import('./mermaid.js');
      return (plan) => planToMermaid(plan);
    }
    case 'markdown': {
      const { planToMarkdown } = await import('./markdown.js');
      return (plan, context) => planToMarkdown(plan, { today: context.today });
    }
    case 'csv': {
      const { planToCsv } = await import('./csv.js');
      return (plan) => planToCsv(plan);
    }
  }
}
