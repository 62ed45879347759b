// A relay in front of a server, as a half-dead network is: the calls get through to the server, and
// its answers can be held back — all of them, or those on a connection that carried a given call.
import net, { type AddressInfo } from 'node:net';

export class Relay {
  /** The relay's address, the one the client is given. */
  url = '';
  /** The port of the server behind it, on 127.0.0.1. */
  target = 0;
  /** No answer comes back while set. */
  silent = false;
  /** A connection whose request matches gets no answer back. */
  losing?: RegExp;
  private readonly server = net.createServer((client) => {
    const upstream = net.connect(this.target, '127.0.0.1');
    let lost = false;
    client.on('data', (chunk: Buffer) => {
      if (this.losing?.test(chunk.toString('latin1'))) lost = true;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => void (this.silent || lost || client.write(chunk)));
    const end = () => (client.destroy(), upstream.destroy());
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  close(): void {
    this.server.close();
  }
}

/** A port free on 127.0.0.1 just now, for a server to be started on. */
export async function freePort(): Promise<number> {
  const free = net.createServer();
  await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
  const { port } = free.address() as AddressInfo;
  await new Promise((resolve) => free.close(resolve));
  return port;
}
