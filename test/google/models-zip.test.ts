import assert from 'node:assert/strict';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { filesUnder, zip } from '../../scripts/models-zip';

/** Reads a ZIP back through its central directory, the way importers do. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.length - 22;
  assert.equal(archive.readUInt32LE(end), 0x06054b50);
  const files = new Map<string, Buffer>();
  let at = archive.readUInt32LE(end + 16);
  for (let i = 0; i < archive.readUInt16LE(end + 10); i += 1) {
    assert.equal(archive.readUInt32LE(at), 0x02014b50);
    const packed = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    assert.equal(archive.readUInt32LE(local), 0x04034b50);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = inflateRawSync(archive.subarray(start, start + packed));
    assert.equal(archive.readUInt32LE(at + 16), crc32(data), `${name} checksum`);
    files.set(name, data);
    at += 46 + nameLength;
  }
  return files;
}

describe('the Dialogflow agent zip', () => {
  const entries = filesUnder(join(__dirname, '..', '..', 'interaction-models', 'dialogflow'));

  it('holds every agent file at the archive root with its exact bytes', () => {
    const files = unzip(zip(entries));
    assert.ok(files.has('agent.json'));
    assert.ok(files.has('intents/Default Welcome Intent.json'));
    assert.deepEqual(
      [...files.keys()],
      entries.map((entry) => entry.path),
    );
    for (const entry of entries) assert.deepEqual(files.get(entry.path), entry.bytes, entry.path);
  });

  it('gives the same bytes for the same files', () => {
    assert.deepEqual(zip(entries), zip(filesUnder(join(__dirname, '..', '..', 'interaction-models', 'dialogflow'))));
  });
});
