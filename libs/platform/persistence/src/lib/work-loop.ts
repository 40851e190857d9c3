/**
 * A background worker over database-backed jobs: `step()` does one unit of work (a batch of the oldest open job)
 * and says whether there was any; when there was none the loop sleeps `idleMs` or until `notify()`. `stop()`
 * lets the current step finish — steps check `running` between rows — so a restart resumes from what committed.
 */
export class WorkLoop {
  private active = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly step: () => Promise<boolean>,
    private readonly idleMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  get running(): boolean {
    return this.active;
  }

  start(): void {
    if (this.active) return;
    this.active = true;
    this.loop = this.run();
  }

  /** New work was queued: do not wait for the idle timer. */
  notify(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.active = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.active) {
      let worked = false;
      try {
        worked = await this.step();
      } catch (error) {
        this.onError(error);
      }
      if (!worked && this.active) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.idleMs);
          timer.unref();
          this.wake = () => {
            this.wake = undefined;
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }
}
