// Oracle for the SolidarityGraph syntax visitor: the order in which graphql-js visit() enters and leaves nodes.
// stdin: a JSON array of GraphQL source strings. stdout: { graphqlVersion, results: [[event, ...], ...] } where
// each event is "enter Kind" or "leave Kind", with " value" appended for Name nodes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const installedFile = path.join(here, 'node_modules', 'graphql', 'package.json');
if (!fs.existsSync(installedFile)) {
  console.error(`visit-order: graphql is not installed; run "npm ci" in ${here}`);
  process.exit(3);
}
const installed = JSON.parse(fs.readFileSync(installedFile, 'utf8')).version;
const { parse, visit } = await import('graphql');

const describe = (phase, node) => `${phase} ${node.kind}${node.kind === 'Name' ? ` ${node.value}` : ''}`;
const sources = JSON.parse(fs.readFileSync(0, 'utf8'));
const results = sources.map((source) => {
  const events = [];
  visit(parse(source, { experimentalFragmentArguments: false }), {
    enter(node) { events.push(describe('enter', node)); },
    leave(node) { events.push(describe('leave', node)); },
  });
  return events;
});
process.stdout.write(JSON.stringify({ graphqlVersion: installed, results }));
