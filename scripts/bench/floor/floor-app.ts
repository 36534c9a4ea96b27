import { createContext, provide } from '@lit/context';
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** What the provider hands down: where the API lives. */
export interface FloorApi {
  baseUrl: string;
}

export const apiContext = createContext<FloorApi>(Symbol('floor-api'));

/** The floor's context provider: renders its children and provides the API base URL. */
@customElement('floor-app')
export class FloorApp extends LitElement {
  @provide({ context: apiContext })
  @property({ attribute: false })
  api: FloorApi = { baseUrl: new URL('/api/', location.href).href };

  override render() {
    return html`<slot></slot>`;
  }
}
