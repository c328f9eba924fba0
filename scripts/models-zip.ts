/**
 * Zips interaction-models/dialogflow into dist/dialogflow-agent.zip for Dialogflow ES
 * "Import from zip" (agent.json at the archive root). Pure Node: deflate-raw plus a small
 * ZIP writer, fixed timestamps and sorted entries so the same folder gives the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/** One file to store: its path inside the archive (forward slashes) and its bytes. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;
// 1980-01-01 00:00, the earliest DOS date: a fixed stamp keeps the archive reproducible.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

/** The fields local and central headers share, from "version needed" to the name length. */
function commonFields(name: Buffer, crc: number, packed: number, size: number): Buffer {
  const fields = Buffer.alloc(26);
  fields.writeUInt16LE(VERSION, 0);
  fields.writeUInt16LE(UTF8_NAMES, 2);
  fields.writeUInt16LE(DEFLATE, 4);
  fields.writeUInt16LE(DOS_TIME, 6);
  fields.writeUInt16LE(DOS_DATE, 8);
  fields.writeUInt32LE(crc, 10);
  fields.writeUInt32LE(packed, 14);
  fields.writeUInt32LE(size, 18);
  fields.writeUInt16LE(name.length, 22);
  fields.writeUInt16LE(0, 24); // extra field length
  return fields;
}

/** A ZIP archive of the entries, deflated; small archives only (no ZIP64). */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data, { level: 9 });
    const fields = commonFields(name, crc32(entry.data), packed.length, entry.data.length);
    const local = Buffer.concat([u32(0x04034b50), fields, name, packed]);
    // Comment length, start disk, internal attributes (2 bytes each), external attributes, local header offset.
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE(offset, 10);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(VERSION), fields, tail, name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value, 0);
  return buffer;
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value, 0);
  return buffer;
}

/** Every file under `root`, named relative to it with forward slashes, in a stable order. */
export function filesUnder(root: string): ZipEntry[] {
  const paths = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return paths
    .map((path) => ({ name: relative(root, path).split(sep).join('/'), data: readFileSync(path) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function main(): void {
  const root = resolve(__dirname, '..');
  const entries = filesUnder(join(root, 'interaction-models', 'dialogflow'));
  const out = join(root, 'dist', 'dialogflow-agent.zip');
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(out, zip(entries));
  console.log(`${relative(root, out)}: ${entries.length} files`);
}

if (require.main === module) main();
