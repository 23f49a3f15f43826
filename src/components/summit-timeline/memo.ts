/**
 * A value derived from inputs, rebuilt only when one of them changed (compared
 * by identity): the element's view model and the axis built from it are costly,
 * and most renders (a selection, an announcement) change neither's inputs.
 */
export class Memo<T> {
  private inputs?: readonly unknown[];
  private value?: T;

  get(inputs: readonly unknown[], make: () => T): T {
    if (!this.inputs || inputs.length !== this.inputs.length || inputs.some((input, i) => input !== this.inputs![i])) {
      this.value = make();
      this.inputs = inputs;
    }
    return this.value!;
  }

  /** Nothing to derive now: the next `get` builds afresh. */
  clear(): void {
    this.inputs = undefined;
    this.value = undefined;
  }
}
