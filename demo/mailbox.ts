import type { Mail } from '../mocks/index.js';

/** Renders the mock backend's outbox as a mailbox, newest first; every string goes in as text. */
export function renderMailbox(list: HTMLElement, mails: readonly Mail[]): void {
  list.replaceChildren(
    ...mails.toReversed().map((mail) => {
      const item = document.createElement('li');
      const heading = document.createElement('strong');
      heading.textContent = `À ${mail.to} — ${mail.subject}`;
      const text = document.createElement('p');
      text.textContent = mail.text;
      item.append(heading, text);
      if (mail.link) {
        const link = document.createElement('a');
        link.href = mail.link;
        link.textContent = 'Ouvrir le lien du mail';
        item.append(link);
      }
      return item;
    }),
  );
}
