import { isObject } from "../lib/oas.js";

// Input: an operation. Its own `security` wins over the root one; either way it must require auth.
export default function effectiveSecurity(operation, _options, { path, document }) {
  if (!isObject(operation)) return [];
  const own = operation.security !== undefined;
  const security = own ? operation.security : document.data?.security;
  const at = own ? [...path, "security"] : path;
  if (!Array.isArray(security) || security.length === 0) {
    const what = own ? "operation `security` is empty (or not a list)" : "operation has no `security` and neither has the root";
    return [{ message: what, path: at }];
  }
  // `{}` is an "anonymous access allowed" alternative, which defeats the point.
  const anonymous = security.findIndex((requirement) => isObject(requirement) && Object.keys(requirement).length === 0);
  if (anonymous !== -1) return [{ message: "security allows anonymous access (`{}`)", path: own ? [...at, anonymous] : at }];
  return [];
}
