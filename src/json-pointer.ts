// JSON pointers (RFC 6901) as the validators report them and the webhook CLI's --set takes them.

/** One key as a pointer segment: "~" → "~0", "/" → "~1". */
export const escapeSegment = (key: string): string => key.replaceAll("~", "~0").replaceAll("/", "~1");

/** "/a~1b/0" → ["a/b", "0"]; "" → []. */
export const pointerSegments = (pointer: string): string[] =>
  pointer
    .split("/")
    .slice(1)
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"));
