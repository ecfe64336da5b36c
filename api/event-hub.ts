import type { EventName, Events } from './contract';

type Listener = (name: EventName, payload: Events[EventName]) => void;

/** Fan-out of core events to every connected client (IPC windows, HTTP event streams). */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: Events[E]): void {
    for (const l of this.listeners) l(name, payload);
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  get size(): number {
    return this.listeners.size;
  }
}
