import { consume } from '@lit/context';
import ky from 'ky';
import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import * as v from 'valibot';
import { apiContext, type FloorApi } from './floor-app.js';

const Signup = v.object({
  firstName: v.pipe(v.string(), v.nonEmpty('Enter your first name.')),
  lastName: v.pipe(v.string(), v.nonEmpty('Enter your last name.')),
  email: v.pipe(v.string(), v.email('Enter a valid email address.')),
  password: v.pipe(v.string(), v.minLength(8, 'Use at least 8 characters.')),
});
type Field = keyof typeof Signup.entries;

const FIELDS: [name: Field, label: string, type: string][] = [
  ['firstName', 'First name', 'text'],
  ['lastName', 'Last name', 'text'],
  ['email', 'Email', 'email'],
  ['password', 'Password', 'password'],
];

/** The floor's form: 4 labelled fields, a valibot error per field on input, and a ky POST on submit. */
@customElement('floor-signup')
export class FloorSignup extends LitElement {
  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: FloorApi;

  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private status = '';

  override render() {
    return html`<form novalidate @submit=${this.submit}>
      ${FIELDS.map(([name, label, type]) => html`
        <label for=${name}>${label}</label>
        <input id=${name} name=${name} type=${type} aria-describedby="${name}-error" @input=${this.onInput} />
        <p id="${name}-error">${this.errors[name] ?? ''}</p>`)}
      <button type="submit">Sign up</button>
      <p role="status">${this.status}</p>
    </form>`;
  }

  private check(name: Field, value: string): boolean {
    const result = v.safeParse(Signup.entries[name], value);
    this.errors = { ...this.errors, [name]: result.success ? undefined : result.issues[0].message };
    return result.success;
  }

  private onInput(event: Event) {
    const input = event.target as HTMLInputElement;
    this.check(input.name as Field, input.value);
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.target as HTMLFormElement)) as Record<Field, string>;
    if (!FIELDS.map(([name]) => this.check(name, data[name])).every(Boolean)) return;
    try {
      await ky.post('signup', { prefixUrl: this.api?.baseUrl, json: data });
      this.status = 'Account created.';
    } catch {
      this.status = 'Sign-up failed. Try again.';
    }
  }
}
