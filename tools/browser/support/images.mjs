// Small real image files for browser tests: solid-colour RGB PNGs written with node's zlib (no image library needed).
import { deflateSync, crc32 } from 'node:zlib';
import { writeFileSync } from 'node:fs';

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}

/** The bytes of a width × height PNG filled with [red, green, blue], with a diagonal stripe so images differ in shape too. */
export function pngBytes(width, height, [red, green, blue]) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const stripe = Math.abs(x - y) < 3;
      row.set(stripe ? [255 - red, 255 - green, 255 - blue] : [red, green, blue], 1 + x * 3);
    }
    rows.push(row);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** Writes a PNG to `path` and, when `tags` are given, hydrus's sidecar `path.txt` with one tag a line. */
export function writePng(path, width, height, colour, tags = []) {
  writeFileSync(path, pngBytes(width, height, colour));
  if (tags.length > 0) writeFileSync(`${path}.txt`, tags.join('\n') + '\n');
}
