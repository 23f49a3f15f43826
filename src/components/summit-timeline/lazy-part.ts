/**
 * A part of the element that ships as its own chunk (each layout, the editor
 * panel): loaded the first time it is asked for, after which the host
 * adopts its styles and renders again. A failed load may be retried later.
 */
export class LazyPart<T> {
  module?: T;
  private loading = false;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly arrived: () => void,
    /** The module, when it is already in hand (on the server). */
    module?: T,
  ) {
    this.module = module;
  }

  /** The module if it has arrived; otherwise starts loading it and returns undefined. */
  get(): T | undefined {
    if (this.module || this.loading) return this.module;
    this.loading = true;
    void this.load().then(
      (module) => {
        this.module = module;
        this.arrived();
      },
      () => {
        this.loading = false;
      },
    );
    return undefined;
  }
}
