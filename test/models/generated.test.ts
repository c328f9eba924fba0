import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateModelFiles } from '../../interaction-models/generate/files';
import { staleModelFiles } from '../../scripts/models';

const ROOT = join(__dirname, '..', '..');
const HINT = 'the catalogue and the committed models differ: run npm run models';

function onDisk(path: string): string | undefined {
  try {
    return readFileSync(join(ROOT, path), 'utf8');
  } catch {
    return undefined;
  }
}

/** The first line where two texts differ, so the failure says where. */
function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const have = actual.split('\n');
  const line = want.findIndex((text, index) => text !== have[index]);
  return `first difference at line ${line + 1}, the catalogue makes ${JSON.stringify(want[line])} where the file has ${JSON.stringify(have[line])}`;
}

describe('the generated interaction models', () => {
  const files = generateModelFiles();

  it('are on disk exactly as the catalogue generates them', () => {
    for (const file of files) {
      const disk = onDisk(file.path);
      if (disk === undefined) assert.fail(`${file.path} is missing: ${HINT}`);
      if (disk !== file.content)
        assert.fail(`${file.path} is out of date: ${HINT} (${firstDifference(file.content, disk)})`);
    }
  });

  it('leave no file behind that the catalogue no longer makes', () => {
    const stale = staleModelFiles(ROOT, files);
    if (stale.length > 0) assert.fail(`${stale.join(', ')} no longer generated: ${HINT}`);
  });

  it('come out the same on every run, with no timestamps', () => {
    assert.deepEqual(generateModelFiles(), files);
    for (const file of files) assert.doesNotMatch(file.content, /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, file.path);
  });

  it('give every Dialogflow id once, derived from names', () => {
    const ids = files
      .filter((file) => file.path.includes('/dialogflow/'))
      .flatMap((file) => [...file.content.matchAll(/"id": "([^"]+)"/g)].map((match) => match[1]));
    assert.ok(ids.length > 100);
    for (const id of ids)
      assert.match(id ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('keep the hand-written skill manifest and account linking outside what is generated', () => {
    const paths = files.map((file) => file.path);
    assert.ok(!paths.some((path) => /skill\.json|accountLinking\.json|ask-resources\.json/.test(path)));
    assert.ok(paths.includes('interaction-models/alexa/skill-package/interactionModels/custom/en-US.json'));
  });
});
