/**
 * The gateway over WebSocket: HELLO, heartbeats, IDENTIFY (checking the token and the shard)
 * answered with READY and the shard's guilds, RESUME, and dispatching events to the sessions
 * that Discord would send them to.
 */
import type { WebSocket } from 'ws';
import { shardOfGuild, snowflake } from './ids.ts';
import { guildCreateObject, userObject } from './objects.ts';
import type { FakeState } from './state.ts';
import type { Json } from './validate.ts';

export const INTENT = { guildMessages: 1 << 9, directMessages: 1 << 12, messageContent: 1 << 15 };

export interface Session {
  socket: WebSocket;
  id: string;
  shard: [number, number];
  intents: number;
  sequence: number;
  ready: boolean;
}

export function acceptSocket(state: FakeState, socket: WebSocket): void {
  const session: Session = { socket, id: snowflake(), shard: [0, 1], intents: 0, sequence: 0, ready: false };
  state.sessions.add(session);
  socket.on('close', () => {
    state.sessions.delete(session);
    state.changed();
  });
  socket.on('message', (raw) => {
    let payload: Json;
    try {
      payload = JSON.parse(String(raw));
    } catch {
      return socket.close(4002, 'Decode error');
    }
    onGatewayPayload(state, session, payload);
  });
  socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
}

function onGatewayPayload(state: FakeState, session: Session, payload: Json): void {
  switch (payload.op) {
    case 1:
      session.socket.send(JSON.stringify({ op: 11 }));
      return;
    case 2: {
      if (payload.d?.token !== state.token) return session.socket.close(4004, 'Authentication failed.');
      const [shardId, shardCount] = payload.d.shard ?? [0, 1];
      if (shardId >= shardCount) return session.socket.close(4010, 'Invalid shard.');
      session.shard = [shardId, shardCount];
      session.intents = payload.d.intents;
      state.identifies.push(payload.d);
      const guilds = state.guilds.filter((guild) => shardOfGuild(guild.id, shardCount) === shardId);
      dispatch(session, 'READY', {
        v: 10,
        user: userObject(state.bot),
        guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
        session_id: session.id,
        resume_gateway_url: state.gatewayUrl,
        shard: session.shard,
        application: { id: state.applicationId, flags: 0 },
        private_channels: [],
        presences: [],
        relationships: [],
        guild_join_requests: [],
        user_settings: {},
        _trace: ['fake-discord'],
      });
      for (const guild of guilds) dispatch(session, 'GUILD_CREATE', guildCreateObject(guild, state.bot, state.owner));
      session.ready = true;
      state.changed();
      return;
    }
    case 6:
      dispatch(session, 'RESUMED', {});
      session.ready = true;
      state.changed();
      return;
    default:
      return; // presence updates and the like: nothing to do
  }
}

export function dispatch(session: Session, event: string, data: Json): void {
  session.sequence += 1;
  session.socket.send(JSON.stringify({ op: 0, t: event, s: session.sequence, d: data }));
}

/** The sessions that receive a guild's events (or DM events, which go to shard 0). */
export function sessionsFor(state: FakeState, guildId: string | undefined): Session[] {
  return [...state.sessions].filter((session) => session.ready && session.shard[0] === (guildId ? shardOfGuild(guildId, session.shard[1]) : 0));
}
