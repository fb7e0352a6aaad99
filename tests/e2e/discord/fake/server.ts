/** One local port for both halves of the fake: the REST API over HTTP and the gateway over WebSocket. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { acceptSocket } from './gateway.ts';
import { handleHttp } from './rest.ts';
import type { FakeState } from './state.ts';

export interface FakeServer {
  close(): Promise<void>;
}

/** Listen on a free port of 127.0.0.1 (recorded in `state.port`). */
export async function listen(state: FakeState): Promise<FakeServer> {
  const server = createServer((request, response) => void handleHttp(state, request, response));
  const sockets = new WebSocketServer({ server });
  sockets.on('connection', (socket) => acceptSocket(state, socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  return {
    async close() {
      for (const session of state.sessions) session.socket.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
