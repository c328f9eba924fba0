import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * A plain ZIP archive (PKWARE APPNOTE: local headers, central directory, end record; DEFLATE,
 * UTF-8 names, no ZIP64, no encryption) written and read with Node's own zlib: enough for an
 * evidence bundle of a few megabytes that any unzip tool opens.
 */

/** One file of an archive: its path with `/` and its bytes. */
export interface ZipFile {
  readonly path: string;
  readonly bytes: Buffer;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Bit 11: the names are UTF-8. */
const UTF8 = 0x0800;
/** 1980-01-01 00:00 in MS-DOS form: a fixed stamp, so the same files always give the same archive. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function localHeader(name: Buffer, crc: number, size: number, packed: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(UTF8, 6);
  header.writeUInt16LE(8, 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(packed, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralHeader(name: Buffer, crc: number, size: number, packed: number, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(UTF8, 8);
  header.writeUInt16LE(8, 10);
  header.writeUInt16LE(0, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(crc, 16);
  header.writeUInt32LE(packed, 20);
  header.writeUInt32LE(size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

/** The archive of `files`, in the order given. */
export function zip(files: readonly ZipFile[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.path, 'utf8');
    const packed = deflateRawSync(file.bytes);
    const crc = crc32(file.bytes);
    const local = localHeader(name, crc, file.bytes.length, packed.length);
    central.push(centralHeader(name, crc, file.bytes.length, packed.length, offset));
    parts.push(local, packed);
    offset += local.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** A problem with an archive: it is not one this reader can open, or an entry is damaged. */
export class ZipError extends Error {}

function endRecord(archive: Buffer): number {
  for (let at = archive.length - 22; at >= Math.max(0, archive.length - 22 - 0xffff); at -= 1) {
    if (archive.readUInt32LE(at) === END) return at;
  }
  throw new ZipError('not a ZIP archive (no end of central directory)');
}

/** Every file of an archive, each inflated and its CRC-32 checked. Stored and deflated entries only. */
export function unzip(archive: Buffer): ZipFile[] {
  const end = endRecord(archive);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files: ZipFile[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > archive.length || archive.readUInt32LE(at) !== CENTRAL)
      throw new ZipError('a damaged central directory');
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const packed = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const path = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = archive.readUInt32LE(at + 42);
    if (local + 30 > archive.length || archive.readUInt32LE(local) !== LOCAL)
      throw new ZipError(`${path}: a damaged local header`);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(start, start + packed);
    if (method !== 0 && method !== 8) throw new ZipError(`${path}: compression method ${method} is not read here`);
    let bytes: Buffer;
    try {
      bytes = method === 8 ? inflateRawSync(data) : Buffer.from(data);
    } catch {
      throw new ZipError(`${path}: damaged data`);
    }
    if (bytes.length !== size || crc32(bytes) !== crc)
      throw new ZipError(`${path}: damaged data (CRC-32 or size differs)`);
    if (!path.endsWith('/')) files.push({ path, bytes });
    at += 46 + skip;
  }
  return files;
}
