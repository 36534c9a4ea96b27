import type { Account, Mail } from './store.js';

type Locale = 'fr' | 'en';
/** A mail before it is addressed and sent. */
export type MailDraft = Omit<Mail, 'id' | 'to' | 'sentAt'>;

const date = (locale: Locale, epoch: number) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(epoch);

/** The mails the reference backend sends, in French and English, by the account's language. */
export const mails = {
  accountCreated: (a: Account, link: string, campaign: string): MailDraft =>
    a.locale === 'en'
      ? {
          subject: 'Your eCandidat account',
          text: `Hello ${a.firstName} ${a.lastName},\n\nYour account for ${campaign} has been created. Your login is ${a.login}.\nActivate it by following this link: ${link}\nWithout activation, it will be deleted on ${date('en', a.activationDeadline)}.`,
          link,
        }
      : {
          subject: 'Création de votre compte eCandidat',
          text: `Bonjour ${a.firstName} ${a.lastName},\n\nVotre compte pour la ${campaign} a été créé. Votre login est ${a.login}.\nValidez-le en suivant ce lien : ${link}\nSans validation, il sera supprimé le ${date('fr', a.activationDeadline)}.`,
          link,
        },
  signupAttempt: (a: Account): MailDraft =>
    a.locale === 'en'
      ? {
          subject: 'Someone tried to create an eCandidat account with your address',
          text: `Hello,\n\nAn account already exists for this address: your login is ${a.login}. If you forgot your password, use "I forgot my credentials".`,
          link: null,
        }
      : {
          subject: 'Tentative de création de compte eCandidat',
          text: `Bonjour,\n\nUn compte existe déjà pour cette adresse : votre login est ${a.login}. Si vous avez oublié votre mot de passe, utilisez « J'ai oublié mes identifiants ».`,
          link: null,
        },
  activationLink: (a: Account, link: string): MailDraft =>
    a.locale === 'en'
      ? {
          subject: 'Your new eCandidat activation link',
          text: `Hello ${a.firstName} ${a.lastName},\n\nYour login is ${a.login}. Activate your account with this link (the previous one no longer works): ${link}\nWithout activation, it will be deleted on ${date('en', a.activationDeadline)}.`,
          link,
        }
      : {
          subject: 'Votre nouveau lien de validation eCandidat',
          text: `Bonjour ${a.firstName} ${a.lastName},\n\nVotre login est ${a.login}. Validez votre compte avec ce lien (le précédent ne fonctionne plus) : ${link}\nSans validation, il sera supprimé le ${date('fr', a.activationDeadline)}.`,
          link,
        },
  alreadyActivated: (a: Account): MailDraft =>
    a.locale === 'en'
      ? { subject: 'Your eCandidat account is already active', text: `Hello,\n\nYour account is already active. Your login is ${a.login}.`, link: null }
      : { subject: 'Votre compte eCandidat est déjà validé', text: `Bonjour,\n\nVotre compte est déjà validé. Votre login est ${a.login}.`, link: null },
  credentials: (a: Account, link: string): MailDraft =>
    a.locale === 'en'
      ? {
          subject: 'Your eCandidat credentials',
          text: `Hello ${a.firstName} ${a.lastName},\n\nYour login is ${a.login}. To choose a new password, follow this link before ${date('en', a.resetExpiresAt)}: ${link}`,
          link,
        }
      : {
          subject: 'Vos identifiants eCandidat',
          text: `Bonjour ${a.firstName} ${a.lastName},\n\nVotre login est ${a.login}. Pour choisir un nouveau mot de passe, suivez ce lien avant le ${date('fr', a.resetExpiresAt)} : ${link}`,
          link,
        },
  mailChangeRequested: (a: Account, newMail: string): MailDraft =>
    a.locale === 'en'
      ? {
          subject: 'Change of your eCandidat mail address',
          text: `Hello,\n\nA change of the mail address of account ${a.login} to ${newMail} was asked. It takes effect once confirmed from the new address. If you did not ask for it, change your password.`,
          link: null,
        }
      : {
          subject: 'Changement de votre adresse mail eCandidat',
          text: `Bonjour,\n\nLe changement de l'adresse mail du compte ${a.login} pour ${newMail} a été demandé. Il prendra effet une fois confirmé depuis la nouvelle adresse. Si vous n'en êtes pas à l'origine, changez votre mot de passe.`,
          link: null,
        },
  mailChangeLink: (a: Account, link: string): MailDraft =>
    a.locale === 'en'
      ? { subject: 'Confirm your new eCandidat mail address', text: `Hello ${a.firstName} ${a.lastName},\n\nConfirm this address for account ${a.login} within 2 hours: ${link}`, link }
      : { subject: 'Confirmez votre nouvelle adresse mail eCandidat', text: `Bonjour ${a.firstName} ${a.lastName},\n\nConfirmez cette adresse pour le compte ${a.login} dans les 2 heures : ${link}`, link },
  addressInUse: (a: Account): MailDraft =>
    a.locale === 'en'
      ? { subject: 'Your address was given for another eCandidat account', text: `Hello,\n\nSomeone asked to use this address for another eCandidat account. It stays with your account ${a.login}; nothing changed.`, link: null }
      : { subject: 'Votre adresse a été proposée pour un autre compte eCandidat', text: `Bonjour,\n\nQuelqu'un a demandé à utiliser cette adresse pour un autre compte eCandidat. Elle reste attachée à votre compte ${a.login} ; rien n'a changé.`, link: null },
};
