// Progress on stderr: a line rewritten in place on a terminal, a line every few seconds otherwise.

export class Progress {
  private readonly started = performance.now();
  private last = 0;
  private first: number | null = null;
  private value = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly quiet = false,
  ) {}

  update(value: number): void {
    this.first ??= value;
    this.value = value;
    const now = performance.now();
    if (now - this.last < (this.tty ? 250 : 5000)) return;
    this.last = now;
    this.print(false);
  }

  done(): void {
    this.print(true);
  }

  private print(final: boolean): void {
    if (this.quiet) return;
    const seconds = (performance.now() - this.started) / 1000;
    const rate = (this.value - (this.first ?? 0)) / Math.max(seconds, 1e-9);
    const pct = this.total ? ((100 * this.value) / this.total).toFixed(1) : '?';
    const left = rate > 0 ? Math.max(0, this.total - this.value) / rate : NaN;
    const eta = final || !Number.isFinite(left) ? '' : `, ~${left < 90 ? `${left.toFixed(0)} s` : `${(left / 60).toFixed(1)} min`} left`;
    const line = `${this.label}: ${this.value}/${this.total} (${pct}%) in ${seconds.toFixed(0)} s, ${rate.toFixed(1)}/s${eta}`;
    if (this.tty) process.stderr.write(`\r${line}\x1b[K${final ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  }
}

export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
