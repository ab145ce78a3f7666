/**
 * A progress bar on stderr (stdout stays free for results): rows written of rows planned, redrawn at most
 * every 100 ms; on a non-terminal (CI logs) one line per finished table instead of carriage returns.
 */
export class Progress {
  private done = 0;
  private drawn = 0;
  private readonly started = performance.now();
  private readonly tty = process.stderr.isTTY === true;

  constructor(
    private readonly total: number,
    private readonly quiet = false,
  ) {}

  add(rows: number, label: string): void {
    this.done += rows;
    const now = performance.now();
    if (this.quiet || !this.tty || now - this.drawn < 100) return;
    this.drawn = now;
    const width = 30;
    const share = Math.min(1, this.done / Math.max(1, this.total));
    const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
    const rate = Math.round(this.done / ((now - this.started) / 1000));
    process.stderr.write(
      `\r${bar} ${(share * 100).toFixed(0).padStart(3)}% ${this.done}/${this.total} rows ${rate}/s ${label.padEnd(28)}`,
    );
  }

  table(label: string, rows: number): void {
    if (!this.quiet && !this.tty) process.stderr.write(`seed ${label}: ${rows} rows\n`);
  }

  finish(): void {
    if (this.quiet) return;
    const seconds = (performance.now() - this.started) / 1000;
    process.stderr.write(`${this.tty ? '\n' : ''}seeded ${this.done} rows in ${seconds.toFixed(1)} s\n`);
  }
}
