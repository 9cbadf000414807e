// verify's last hop, in process: the probe that fails a wrong upstream URL before Prism starts,
// and the relay's own record of an upstream that drops the connection in the middle of a run.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeUpstream, startRelay, tokenSource } from "../../scripts/lib/contract/upstream-relay.mjs";

/** A TCP server that accepts each connection and drops it at once. */
let dropping: net.Server;
let droppingUrl = "";
beforeAll(async () => {
  dropping = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => dropping.listen(0, "127.0.0.1", resolve));
  droppingUrl = `http://127.0.0.1:${(dropping.address() as net.AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => dropping.close(resolve)));

/** A port nothing listens on: one that was just free. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("probeUpstream", () => {
  it("names the origin and the reason when nothing listens, and passes a listening one", async () => {
    const port = await closedPort();
    expect(await probeUpstream(`http://127.0.0.1:${port}/v1`)).toBe(`http://127.0.0.1:${port}: ECONNREFUSED`);
    expect(await probeUpstream(droppingUrl)).toBeUndefined();
  });
});

describe("the relay", () => {
  it("answers 502 and records the upstream as unreachable when it drops the connection", async () => {
    const seen: string[] = [];
    const relay = await startRelay({ upstream: droppingUrl, tokens: tokenSource({}), onUnreachable: (message: string) => seen.push(message) });
    try {
      const answer = await fetch(`${relay.url}/v1/persons/x/identifications`);
      expect(answer.status).toBe(502);
      expect(await answer.text()).toBe("verify: upstream unreachable");
      expect(relay.unreachable).toHaveLength(1);
      expect(relay.unreachable[0]).toMatch(new RegExp(`^${droppingUrl}: `));
      expect(seen).toEqual(relay.unreachable);
    } finally {
      await relay.close();
    }
  });
});
