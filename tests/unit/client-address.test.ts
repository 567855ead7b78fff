import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientAddress } from "@/lib/http/client-address";

describe("clientAddress", () => {
  it("with no trusted proxy, is the socket address whatever X-Forwarded-For says", () => {
    assert.equal(clientAddress("203.0.113.9", undefined, 0), "203.0.113.9");
    assert.equal(clientAddress("203.0.113.9", "198.51.100.1", 0), "203.0.113.9");
    assert.equal(clientAddress("203.0.113.9", ["198.51.100.1", "198.51.100.2"], 0), "203.0.113.9");
  });

  it("with N trusted proxies, is the Nth address from the right", () => {
    // The client forged "1.1.1.1"; the proxy appended the address it saw.
    assert.equal(clientAddress("10.0.0.2", "1.1.1.1, 198.51.100.7", 1), "198.51.100.7");
    // CDN appended the client, the load balancer appended the CDN.
    assert.equal(clientAddress("10.0.0.2", "1.1.1.1, 198.51.100.7, 192.0.2.50", 2), "198.51.100.7");
    // Several header lines count as one list, in order.
    assert.equal(clientAddress("10.0.0.2", ["1.1.1.1", "198.51.100.7"], 1), "198.51.100.7");
    assert.equal(clientAddress("10.0.0.2", "2001:db8::1", 1), "2001:db8::1");
  });

  it("never lets a forged prefix choose the bucket", () => {
    const seen = new Set(Array.from({ length: 20 }, (_, i) => clientAddress("10.0.0.2", `${i}.${i}.${i}.${i}, 198.51.100.7`, 1)));
    assert.deepEqual([...seen], ["198.51.100.7"]);
  });

  it("falls back to the socket when the chain is shorter than the trusted hops, or the entry is not an address", () => {
    assert.equal(clientAddress("10.0.0.2", undefined, 1), "10.0.0.2");
    assert.equal(clientAddress("10.0.0.2", "198.51.100.7", 2), "10.0.0.2");
    assert.equal(clientAddress("10.0.0.2", " , ", 1), "10.0.0.2");
    assert.equal(clientAddress("10.0.0.2", "1.1.1.1, not-an-address", 1), "10.0.0.2");
    assert.equal(clientAddress("10.0.0.2", "1.1.1.1, 198.51.100.7:4711", 1), "10.0.0.2");
    assert.equal(clientAddress(undefined, undefined, 0), "unknown");
  });

  it("treats an IPv4 client on a dual-stack socket as the IPv4 address", () => {
    assert.equal(clientAddress("::ffff:203.0.113.9", undefined, 0), "203.0.113.9");
    assert.equal(clientAddress("::1", undefined, 0), "::1");
  });
});
