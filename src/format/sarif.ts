// `--format sarif`: a SARIF 2.1.0 log for GitHub code scanning and other
// SARIF viewers. One run; every rule (with `syntax` and `schema`) is listed
// in tool.driver.rules, so even a clean run tells the viewer what was checked.

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Log, ReportingDescriptor, Result } from 'sarif';
import { capitalize } from '../text.js';
import { annotationRegion } from './region.js';
import type { Formatter, RuleInfo } from './types.js';

const SRCROOT = '%SRCROOT%';

function descriptor(rule: RuleInfo): ReportingDescriptor {
  const explain = `netplan explain ${rule.id}`;
  return {
    id: rule.id,
    shortDescription: { text: capitalize(rule.description) },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.rationale}\n\nMore: run "${explain}".`,
      markdown: `${rule.rationale}\n\nMore: run \`${explain}\`.`,
    },
    defaultConfiguration: { level: rule.severity },
  };
}

/**
 * A file under `cwd` gets a URI relative to it (against %SRCROOT%, which
 * `originalUriBaseIds` sets to `cwd`); any other file an absolute file:// URI.
 * Node's file-URL encoder does the percent-escaping (spaces, `%`, `#`, non-ASCII).
 */
function artifactLocation(filePath: string, base: string, cwd: string): ArtifactLocation {
  const url = pathToFileURL(resolve(cwd, filePath)).href;
  return url.startsWith(base) ? { uri: url.slice(base.length), uriBaseId: SRCROOT } : { uri: url };
}

const sarif: Formatter = (reports, context) => {
  const base = pathToFileURL(context.cwd).href.replace(/\/?$/, '/');
  const ruleIndex = new Map(context.rules.map((r, i) => [r.id, i]));
  const results: Result[] = [];
  for (const report of reports) {
    const location = artifactLocation(report.filePath, base, context.cwd);
    for (const m of report.messages) {
      const region = annotationRegion(m);
      const index = ruleIndex.get(m.ruleId);
      results.push({
        ruleId: m.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: m.severity,
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: region.line,
                startColumn: region.column,
                endLine: region.endLine,
                ...(region.endColumn === undefined ? {} : { endColumn: region.endColumn }),
              },
            },
          },
        ],
      });
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'netplan',
            version: context.version,
            semanticVersion: context.version,
            rules: context.rules.map(descriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: base } },
        // Columns count UTF-16 code units, as editors do (src/plan/lines.ts).
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
export default sarif;
