import type { AccountTranslation } from './types.js';

/** French strings of the account elements other than the login form's. */
export const fr: AccountTranslation = {
  signup: {
    title: 'Création de compte',
    submit: 'Créer mon compte',
    successTitle: 'Vérifiez votre messagerie',
    success: (mail, deadline) =>
      `Si aucun compte n’existait pour ${mail}, un mail vient d’y être envoyé avec votre login et un lien de validation (regardez aussi dans vos spams / indésirables). Cliquez sur ce lien avant le ${deadline}, sinon le compte sera supprimé.`,
  },
  activation: {
    title: 'Validation de compte',
    pending: 'Validation de votre compte…',
    success: (login) => `Votre compte est validé. Votre login est ${login} : notez-le, il vous servira à vous connecter.`,
    alreadyActivated: (login) => `Votre compte était déjà validé. Votre login est ${login}.`,
    missingToken: 'Ce lien de validation est incomplet. Copiez-collez le lien entier reçu par mail.',
    logIn: 'Me connecter',
    newLink: 'Recevoir un nouveau lien de validation',
  },
  forgotCredentials: {
    title: 'J’ai oublié mes identifiants',
    intro: 'Saisissez l’adresse mail de votre compte : vous recevrez votre login et un lien pour choisir un nouveau mot de passe.',
    submit: 'Recevoir mes identifiants',
    success: (mail) =>
      `Si un compte existe pour ${mail}, un mail vient d’y être envoyé avec votre login et un lien pour choisir un nouveau mot de passe, valable 2 heures. Regardez aussi dans vos spams.`,
  },
  resendActivation: {
    title: 'J’ai perdu mon code d’activation',
    intro: 'Saisissez l’adresse mail de votre compte : vous recevrez un nouveau lien de validation (l’ancien ne fonctionnera plus).',
    submit: 'Recevoir un nouveau lien',
    success: (mail) =>
      `Si un compte en attente de validation existe pour ${mail}, un nouveau lien de validation vient d’y être envoyé. Regardez aussi dans vos spams.`,
  },
  resetPassword: {
    title: 'Nouveau mot de passe',
    submit: 'Enregistrer mon mot de passe',
    success: 'Votre mot de passe a été modifié. Vous pouvez vous connecter.',
    missingToken: 'Ce lien est incomplet. Copiez-collez le lien entier reçu par mail.',
    newLink: 'Recevoir un nouveau lien',
    logIn: 'Me connecter',
  },
};
