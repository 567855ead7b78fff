export class ContentError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: ${problems.join("; ")}`);
    this.name = "ContentError";
  }
}
