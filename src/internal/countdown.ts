/** The wait a 429 imposes: the seconds left, and a tick every second until it is over. */
export class Countdown {
  #until = 0;
  #timer?: ReturnType<typeof setInterval>;

  constructor(private readonly tick: () => void) {}

  /** Seconds left to wait (0 when free). */
  get seconds(): number {
    return Math.max(0, Math.ceil((this.#until - Date.now()) / 1000));
  }

  /** Starts waiting `seconds`. */
  start(seconds: number) {
    this.#until = Date.now() + seconds * 1000;
    this.stop();
    this.#timer = setInterval(() => {
      if (this.seconds === 0) this.stop();
      this.tick();
    }, 1000);
  }

  /** Stops ticking (the element left the page). */
  stop() {
    clearInterval(this.#timer);
  }
}
