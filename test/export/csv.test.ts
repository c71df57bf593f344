// The spreadsheet is read back with csv-parse and checked row by row against
// the plan's contacts and their organizations' LAMP fields.

import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, planToCsv } from '../../src/export/csv.js';
import type { Plan } from '../../src/plan/types.js';
import { BASE, cli, tempDir } from '../helpers.js';
import { PLAN, TRICKY_NAME, TRICKY_ORG, TRICKY_TITLE, writePlan } from '../next/plan-fixture.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function exportCsv(): Promise<string> {
  writePlan(dir);
  const r = await cli(['export', '-f', 'csv'], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

function records(text: string): Record<string, string>[] {
  return parseCsv(text, { columns: true }) as Record<string, string>[];
}

describe('netplan export --format csv', () => {
  it('has a header and one row per contact, in plan order', async () => {
    const text = await exportCsv();
    const [header] = parseCsv(text, { to_line: 1 }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(records(text).map((r) => r.id)).toEqual(PLAN.contacts!.map((c) => c.id));
  });

  it('gives each contact its organization and the LAMP fields', async () => {
    const rows = records(await exportCsv());
    for (const contact of PLAN.contacts!) {
      const row = rows.find((r) => r.id === contact.id)!;
      const org = PLAN.organizations!.find((o) => o.id === contact.organization);
      expect(row).toMatchObject({
        name: contact.name ?? '',
        info_point: contact.info_point ?? '',
        organization_id: contact.organization ?? '',
        organization: org?.name ?? '',
        target: org?.target ?? '',
        status: contact.status ?? '',
        referred_by: contact.referred_by ?? '',
        next_follow_up: contact.next_follow_up ?? '',
        advocacy: org?.advocacy === undefined ? '' : org.advocacy ? 'Y' : 'N',
        motivation: org?.motivation === undefined ? '' : String(org.motivation),
        posting: org?.posting === undefined ? '' : String(org.posting),
      });
    }
    expect(rows.find((r) => r.id === 'lee-park')).toMatchObject({ advocacy: 'Y', motivation: '3', posting: '2', approach_method: 'phone', approach_rationale: "Sam's former manager" });
    expect(rows.find((r) => r.id === 'ana-ruiz')).toMatchObject({ advocacy: 'N', motivation: '1', posting: '1' });
  });

  it('quotes a field with a comma, a quote and a line break (RFC 4180)', async () => {
    const text = await exportCsv();
    const ana = records(text).find((r) => r.id === 'ana-ruiz')!;
    expect(ana.name).toBe(TRICKY_NAME);
    expect(ana.title).toBe(TRICKY_TITLE);
    expect(ana.organization).toBe(TRICKY_ORG);
    // Quotes doubled inside a quoted field; the line break kept inside the quotes.
    expect(text).toContain('"Ana ""Nana"" Ruiz, Jr.\nof Smith"');
  });

  it('ends every record with CRLF', async () => {
    const text = await exportCsv();
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, every line break is CRLF: 1 header + 5 records.
    expect(text.split('\r\n')).toHaveLength(PLAN.contacts!.length + 2);
  });

  it('defuses a cell that a spreadsheet would run as a formula', async () => {
    const pat = records(await exportCsv()).find((r) => r.id === 'pat-kim')!;
    expect(pat.title).toBe("'=SUM(1,2)");
  });

  it('is just the header for a plan with no contacts', () => {
    expect(planToCsv(parse(BASE) as Plan)).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });
});
