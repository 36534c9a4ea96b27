import type { Mail } from '../mocks/index.js';

/**
 * Renders the mock backend's outbox as a mailbox, newest first; every string goes in as text.
 * A click on a mail's link calls `open` instead of loading the page again (the mock backend lives
 * in this page's memory).
 */
export function renderMailbox(list: HTMLElement, mails: readonly Mail[], open: (url: URL) => void): void {
  list.replaceChildren(
    ...mails.toReversed().map((mail) => {
      const item = document.createElement('li');
      const heading = document.createElement('strong');
      heading.textContent = `${mail.to} — ${mail.subject}`;
      const text = document.createElement('p');
      text.textContent = mail.text;
      item.append(heading, text);
      if (mail.link) {
        const link = document.createElement('a');
        link.href = mail.link;
        link.textContent = `${mail.subject} : ouvrir le lien`;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          open(new URL(mail.link!));
        });
        item.append(link);
      }
      return item;
    }),
  );
}
