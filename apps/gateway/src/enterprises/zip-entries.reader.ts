import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Where one member's bytes are in the archive (not yet inflated). */
interface ZipEntry {
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/**
 * A minimal reader of a plain ZIP archive (one disk, no ZIP64, no encryption, stored or deflated members): enough
 * for .xlsx files as Excel, WPS, LibreOffice and exceljs write them. Anything else is `undefined` ("not sure"), and
 * the caller falls back to the full reader, which then accepts the file or words the error.
 */
export class ZipEntries {
  private constructor(
    private readonly buf: Buffer,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static open(buf: Buffer): ZipEntries | undefined {
    if (buf.length < 22) return undefined;
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
      if (buf.readUInt32LE(i) === EOCD && i + 22 + buf.readUInt16LE(i + 20) === buf.length) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return undefined;
    const disk = buf.readUInt16LE(eocd + 4);
    const cdDisk = buf.readUInt16LE(eocd + 6);
    const countHere = buf.readUInt16LE(eocd + 8);
    const count = buf.readUInt16LE(eocd + 10);
    const cdSize = buf.readUInt32LE(eocd + 12);
    const cdOffset = buf.readUInt32LE(eocd + 16);
    // Several disks, ZIP64 markers, or a central directory that is not where it says: not sure.
    if (disk !== 0 || cdDisk !== 0 || countHere !== count || count === 0xffff) return undefined;
    if (cdSize === 0xffffffff || cdOffset === 0xffffffff || cdOffset + cdSize > eocd) return undefined;
    const entries = new Map<string, ZipEntry>();
    let p = cdOffset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) return undefined;
      const flags = buf.readUInt16LE(p + 8);
      const method = buf.readUInt16LE(p + 10);
      const compressedSize = buf.readUInt32LE(p + 20);
      const size = buf.readUInt32LE(p + 24);
      const nameLength = buf.readUInt16LE(p + 28);
      const extraLength = buf.readUInt16LE(p + 30);
      const commentLength = buf.readUInt16LE(p + 32);
      const localOffset = buf.readUInt32LE(p + 42);
      if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
        return undefined;
      const nameBytes = buf.subarray(p + 46, p + 46 + nameLength);
      // Only plain ASCII names (the parts of a workbook); anything else is not ours to interpret.
      for (const b of nameBytes) if (b < 0x20 || b > 0x7e) return undefined;
      const name = nameBytes.toString('latin1');
      // exceljs strips a leading slash: two spellings of one part would be its choice, not ours.
      if (name.startsWith('/') || entries.has(name)) return undefined;
      entries.set(name, { method, flags, compressedSize, size, localOffset });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipEntries(buf, entries);
  }

  names(): IterableIterator<string> {
    return this.entries.keys();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A member's text (UTF-8), or undefined when it is absent or anything about it is unusual. */
  text(name: string): string | undefined {
    const e = this.entries.get(name);
    if (!e || e.flags & 0x0001) return undefined; // encrypted
    const p = e.localOffset;
    const buf = this.buf;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) return undefined;
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    if (start + e.compressedSize > buf.length) return undefined;
    const raw = buf.subarray(start, start + e.compressedSize);
    let bytes: Buffer;
    if (e.method === 0) bytes = raw;
    else if (e.method === 8) {
      try {
        bytes = inflateRawSync(raw);
      } catch {
        return undefined;
      }
    } else return undefined;
    if (bytes.length !== e.size) return undefined;
    // A byte-order mark or bytes that are not UTF-8: leave the file to the full reader.
    if (
      bytes.length >= 2 &&
      ((bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xfe || bytes[0] === 0xff)
    )
      return undefined;
    const text = bytes.toString('utf8');
    if (text.includes('\uFFFD')) return undefined;
    return text;
  }
}
