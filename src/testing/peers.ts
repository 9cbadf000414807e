// msw and openapi-msw are optional peer dependencies: only solaris-kyc/testing needs them. They are
// imported dynamically so that a project without them gets an error saying what to install,
// instead of Node's ERR_MODULE_NOT_FOUND from deep inside the package.
import type * as Msw from "msw";
import type * as OpenApiMsw from "openapi-msw";

const INSTALL = "npm install -D msw openapi-msw";

const missing = (name: string) => (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === "ERR_MODULE_NOT_FOUND" && String(message).includes(name)) {
    throw new Error(`solaris-kyc/testing needs the optional peer dependencies msw and openapi-msw ("${name}" is not installed): ${INSTALL}`);
  }
  throw error;
};

export const msw: typeof Msw = await import("msw").catch(missing("msw"));
export const openapiMsw: typeof OpenApiMsw = await import("openapi-msw").catch(missing("openapi-msw"));
