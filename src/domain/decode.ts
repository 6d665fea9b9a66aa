// One rule for reading dataset files, in the browser and in Node alike: bytes are UTF-8, or UTF-16
// when they start with its byte-order mark, and a byte-order mark is never part of the text. So a
// source text saved with a BOM hashes and slices the same in `data:check`, an import and `?data=`
// (browsers drop a UTF-8 BOM on their own; Node's readFileSync would keep it as U+FEFF).

/** Decodes a file's bytes as UTF-8 or (with its BOM) UTF-16, without the byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  // TextDecoder drops the BOM of its own encoding (ignoreBOM is false by default).
  return new TextDecoder(encoding).decode(bytes);
}
