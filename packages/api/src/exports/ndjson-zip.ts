import { strToU8, Zip, ZipDeflate } from 'fflate';

/**
 * A zip built as it is written: each file is deflated line batch by line batch and only the
 * compressed bytes are kept, so an organisation's export never sits in memory as JSON text.
 */
export class NdjsonZip {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private finished = false;
  private readonly zip = new Zip((error, chunk, final) => {
    if (error) this.failure = error;
    else this.chunks.push(chunk);
    if (final) this.finished = true;
  });

  /** Opens one file; write its lines, then end it before opening the next. */
  file(name: string): { write(lines: readonly string[]): void; end(): void } {
    const entry = new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    return {
      write: (lines) => {
        if (lines.length > 0) entry.push(strToU8(lines.map((l) => `${l}\n`).join('')));
      },
      end: () => entry.push(new Uint8Array(0), true),
    };
  }

  finish(): Buffer {
    this.zip.end();
    if (this.failure) throw this.failure;
    if (!this.finished) throw new Error('the zip did not finish');
    return Buffer.concat(this.chunks);
  }
}
