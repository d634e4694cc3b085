/**
 * Reproducible zip archives (the xlsx workbooks): the zip library stamps each entry with the
 * clock's time when it is written, so the same workbook written twice could differ in those bytes.
 * @internal
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Sets the modification time of every entry of a zip archive (its central directory and its local
 * headers) to `date`, in MS-DOS form (UTC, two-second resolution): the same content gives the same
 * bytes whenever it is written. An archive it cannot read is returned as it is.
 *
 * @param bytes - a zip archive (changed in place)
 * @param date - the time to stamp (from 1980 on)
 * @returns `bytes`
 * @example
 * ```ts
 * const xlsx = stampZip(new Uint8Array(await wb.xlsx.writeBuffer()), new Date(Date.UTC(2025, 0, 1)));
 * ```
 * @internal
 */
export function stampZip(bytes: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  // the end of central directory record: 22 bytes and a comment of at most 65 535
  let end = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 65_535); p--) {
    if (view.getUint32(p, true) === EOCD) {
      end = p;
      break;
    }
  }
  if (end < 0) return bytes;
  const entries = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  for (let i = 0; i < entries && p + 46 <= bytes.length && view.getUint32(p, true) === CENTRAL; i++) {
    view.setUint16(p + 12, dosTime, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (local + 30 <= bytes.length && view.getUint32(local, true) === LOCAL) {
      view.setUint16(local + 10, dosTime, true);
      view.setUint16(local + 12, dosDate, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return bytes;
}
