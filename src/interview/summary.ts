// The summary shown before writing: one line per section, enough to spot a
// wrong answer before it goes into the file.

import { isRecord, type Data } from './data.js';

function list(value: unknown): Data[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function named(entries: Data[], label: (e: Data) => string | undefined): string {
  if (entries.length === 0) return 'none yet';
  return entries.map((e) => [str(e.id), label(e)].filter(Boolean).join(': ')).join('; ');
}

export function summarize(plan: Data): string[] {
  const owner = isRecord(plan.owner) ? plan.owner : {};
  const profile = isRecord(plan.profile) ? plan.profile : {};
  const cadence = isRecord(plan.cadence) ? plan.cadence : {};
  const pitch = str(profile.pitch);
  const lines = [
    `You: ${[str(owner.name), str(owner.email), str(owner.location)].filter(Boolean).join(', ') || 'no name'}`,
    `  Headline: ${str(profile.headline) ?? 'none yet'}`,
    `  Pitch: ${pitch ? `${words(pitch)} words` : 'none yet'}; phone opening: ${str(profile.phone_intro) ? 'written' : 'none yet'}; value claims: ${list(profile.value).length}`,
    `Job targets (${list(plan.targets).length}): ${named(list(plan.targets), (t) => [t.function, t.industry, t.geography].map(str).filter(Boolean).join(', '))}`,
    `Organizations (${list(plan.organizations).length}): ${named(list(plan.organizations), (o) => str(o.name))}`,
    `Contacts (${list(plan.contacts).length}): ${named(list(plan.contacts), (c) => str(c.name) ?? str(c.info_point))}`,
  ];
  if (list(plan.meetings).length > 0) lines.push(`Meetings (${list(plan.meetings).length}): ${named(list(plan.meetings), (m) => str(m.date))}`);
  lines.push(`Support (${list(plan.support).length}): ${list(plan.support).map((s) => [str(s.name), str(s.role)].filter(Boolean).join(', ')).join('; ') || 'none yet'}`);
  const days = Array.isArray(cadence.follow_up_days) ? cadence.follow_up_days.join(' and ') : undefined;
  lines.push(
    `Each week: ${cadence.meetings_per_week ?? '?'} meetings, ${cadence.outreach_per_week ?? '?'} new contacts${days ? `; follow up after ${days} business days` : ''}`,
  );
  return lines;
}
