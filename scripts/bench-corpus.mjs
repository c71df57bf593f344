// Generates realistic plans for `npm run bench`: a typical plan has 40
// organizations, 80 contacts and 20 meetings (about 60 KB). Deterministic
// for a given seed, so runs compare like with like.

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const FIRST = ['Sam', 'Lee', 'Maria', 'Tom', 'Priya', 'Jordan', 'Ana', 'Ken', 'Rachel', 'Omar', 'Grace', 'Luis', 'Mei', 'Noah', 'Ivy', 'Raj'];
const LAST = ['Ortiz', 'Park', 'Chen', 'Brennan', 'Shah', 'Miles', 'Lopez', 'Walsh', 'Kim', 'Haddad', 'Novak', 'Reyes', 'Tanaka', 'Okafor'];
const WORDS = ['freight', 'lanes', 'carrier', 'capacity', 'distribution', 'warehouse', 'routing', 'inventory', 'procurement', 'planning', 'forecast', 'cold chain', 'backhaul', 'intermodal', 'service levels', 'cost to serve'];
const TITLES = ['VP Logistics', 'Director of Distribution', 'Fleet Director', 'Routing Manager', 'Logistics Planner', 'CFO', 'Supply Chain Analyst', 'Transportation Manager'];

function sentence(r, n) {
  const words = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(r() * WORDS.length)]);
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function date(r, base = Date.UTC(2026, 9, 1), span = 120) {
  return new Date(base + Math.floor(r() * span) * 86400000).toISOString().slice(0, 10);
}

export function typicalPlan(seed = 1, { organizations = 40, contacts = 80, meetings = 20 } = {}) {
  const r = rng(seed);
  const out = [];
  const push = (s) => out.push(s);
  push('# yaml-language-server: $schema=../schemas/plan.schema.json');
  push('version: 1');
  push('owner:');
  push(`  name: ${FIRST[seed % FIRST.length]} ${LAST[seed % LAST.length]}`);
  push('  email: someone@example.com');
  push('  location: St. Louis, MO');
  push('profile:');
  push('  headline: Supply-chain analyst who cuts freight cost');
  push('  pitch: >-');
  push('    I help consumer-goods companies move product for less. I rebuilt a regional');
  push('    network, consolidated lanes and renegotiated carrier contracts, which saved');
  push('    $1.2M a year and raised on-time delivery from 88% to 96%.');
  push('  phone_intro: Hi, this is Dana; Sam Ortiz suggested I call you for your advice.');
  push('  value:');
  push('    - claim: Consolidated regional LTL lanes');
  push('      metric: saved $1.2M a year');
  push('    - claim: Rebuilt carrier scorecards');
  push('      metric: on-time delivery up from 88% to 96%');
  push('targets:');
  push('  - id: cpg-analytics');
  push('    function: Senior supply-chain analyst');
  push('    industry: Consumer packaged goods');
  push('    geography: St. Louis metro');
  push('  - id: food-distribution');
  push('    function: Transportation planning manager');
  push('    industry: Food and beverage distribution');
  push('    geography: St. Louis metro and Kansas City');
  push('organizations:');
  for (let i = 0; i < organizations; i++) {
    push(`  - id: org-${i}`);
    push(`    name: ${LAST[i % LAST.length]} ${['Foods', 'Beverage', 'Grocers', 'Dairy', 'Snacks'][i % 5]} ${i}`);
    push(`    target: ${i % 2 ? 'cpg-analytics' : 'food-distribution'}`);
    push(`    why: ${sentence(r, 6)}`);
    push(`    value: ${sentence(r, 7)}`);
    push('    research:');
    for (let k = 0; k < 2; k++) {
      push(`      - note: ${sentence(r, 7)}`);
      push(`        source: ${['Earnings call', 'Press release', 'Trade press', 'LinkedIn'][k % 4]}`);
      push(`        date: ${date(r, Date.UTC(2026, 0, 1), 300)}`);
    }
    push(`    advocacy: ${r() < 0.5}`);
    push(`    motivation: ${Math.floor(r() * 4)}`);
    push(`    posting: ${1 + Math.floor(r() * 3)}`);
  }
  push('contacts:');
  for (let i = 0; i < contacts; i++) {
    push(`  - id: contact-${i}`);
    push(`    name: ${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`);
    push(`    organization: org-${i % organizations}`);
    push(`    title: ${TITLES[i % TITLES.length]}`);
    push(`    relationship: ${['secondary', 'referral', 'cold', 'primary'][i % 4]}`);
    if (i > 0 && i % 4 === 1) push(`    referred_by: contact-${i - 1}`);
    push('    approach:');
    push(`      method: ${['phone', 'email', 'letter', 'introduction', 'linkedin'][i % 5]}`);
    push(`      rationale: ${sentence(r, 7)}`);
    push(`    status: ${['to-contact', 'contacted', 'scheduled', 'met'][i % 4]}`);
    push(`    last_contact: ${date(r, Date.UTC(2026, 10, 1), 20)}`);
    push(`    next_follow_up: ${date(r, Date.UTC(2026, 11, 1), 40)}`);
  }
  push('meetings:');
  for (let i = 0; i < meetings; i++) {
    push(`  - id: meeting-${i}`);
    push(`    contact: contact-${(i * 3) % contacts}`);
    push(`    date: ${date(r, Date.UTC(2026, 11, 1), 40)}`);
    push(`    format: ${['in-person', 'phone', 'video'][i % 3]}`);
    push('    duration_min: 20');
    push('    status: planned');
    push(`    objective: Learn how they plan ${WORDS[i % WORDS.length]} for next year`);
    push('    agenda:');
    for (let k = 0; k < 3; k++) push(`      - ${sentence(r, 6)}`);
    push('    questions:');
    push(`      - What trends are changing how you manage ${WORDS[(i + 3) % WORDS.length]}?`);
    push('      - What advice would you give someone moving into this field?');
    push('    referral_ask: Who else should I talk to about regional distribution?');
    push('    follow_up_contacts:');
    push(`      - info_point: head of ${WORDS[(i + 5) % WORDS.length]} at a regional grocer`);
    push(`      - contact: contact-${(i * 5 + 1) % contacts}`);
  }
  push('support:');
  push('  - name: Sam Ortiz');
  push('    role: accountability-partner');
  push('    cadence: weekly call');
  push('cadence:');
  push('  meetings_per_week: 3');
  push('  outreach_per_week: 5');
  push('  follow_up_days: [3, 7]');
  return out.join('\n') + '\n';
}
