import type { Params, Translation } from './translation.js';

const limit = (params: Params) => String(params.limit);

const FIELD_ERRORS: Record<string, (params: Params) => string> = {
  required: () => 'Ce champ est obligatoire.',
  too_long: (p) => `${limit(p)} caractères au maximum.`,
  mail_format: () => 'Saisissez une adresse mail valide, par exemple prenom.nom@exemple.fr.',
  login_format: () => 'Le login compte 8 lettres majuscules ou chiffres, par exemple 21EG9U1F.',
  mismatch: () => 'Les deux saisies ne sont pas identiques.',
  unchanged: () => "C'est déjà votre adresse actuelle.",
  incorrect: () => 'Mot de passe incorrect.',
};

const PASSWORD_RULES: Record<string, (params: Params) => string> = {
  password_too_short: (p) => `au moins ${limit(p)} caractères`,
  password_no_digit: () => 'un chiffre',
  password_no_lower_case: () => 'une lettre minuscule',
  password_no_upper_case: () => 'une lettre majuscule',
  password_no_special: (p) => `un caractère spécial${typeof p.characters === 'string' ? ` parmi ${p.characters}` : ''}`,
  password_whitespace: () => "aucun espace",
};

/** French, the default language. */
export const fr: Translation = {
  requiredLegend: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
  loading: 'Chargement…',
  sending: 'Envoi en cours…',
  kept: 'Vos saisies sont conservées.',
  labelled: (label, text) => `${label}\u00a0: ${text}`,
  retry: 'Réessayer',
  showPassword: 'Afficher le mot de passe',
  hidePassword: 'Masquer le mot de passe',
  errorSummary: (count) => (count > 1 ? `Le formulaire contient ${count} erreurs\u00a0:` : 'Le formulaire contient une erreur\u00a0:'),
  fields: {
    login: 'Utilisateur',
    password: 'Mot de passe',
    lastName: 'Nom',
    firstName: 'Prénom',
    mail: 'Adresse mail',
    mailConfirmation: 'Confirmation adresse mail',
    newPassword: 'Nouveau mot de passe',
    passwordConfirmation: 'Confirmation du mot de passe',
  },
  hints: {
    login: 'Votre numéro de dossier, reçu par mail : 8 caractères, par exemple 21EG9U1F.',
    lastName: 'Votre nom de naissance.',
    mail: 'Par exemple prenom.nom@exemple.fr.',
  },
  fieldError: (code, params) => FIELD_ERRORS[code]?.(params) ?? 'Cette valeur n’est pas valide.',
  passwordRule: (code, params) => PASSWORD_RULES[code]?.(params) ?? code,
  passwordMissing: (rules) => `Le mot de passe doit contenir ${rules.join(', ')}.`,
  passwordPolicyTitle: 'Le mot de passe doit contenir :',
  problems: {
    invalid_credentials:
      'Utilisateur ou mot de passe incorrect, ou compte pas encore activé. Vérifiez votre saisie ; si vous n’avez pas activé votre compte, demandez un nouveau lien d’activation.',
    token_invalid: 'Ce lien n’est pas valide ou a déjà été remplacé par un plus récent.',
    token_expired: 'Ce lien a expiré.',
    campaign_closed: 'Aucune campagne n’est active : l’application est indisponible aux candidats.',
    server_error: 'Le service a rencontré une erreur : réessayez dans un instant.',
    network: 'Connexion impossible : vérifiez votre accès à Internet.',
    timeout: 'Le service met trop de temps à répondre : réessayez.',
    contract: 'Le service a envoyé une réponse inattendue. Réessayez dans un instant.',
    unknown: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
  },
  maintenance: (until) =>
    until ? `La plateforme est en maintenance jusqu’au ${until}. Merci de votre compréhension.` : 'La plateforme est momentanément en maintenance. Merci de votre compréhension.',
  rateLimited: (seconds) => `Trop de tentatives. Vous pourrez réessayer dans ${seconds}\u00a0s.`,
  login: {
    title: 'Connexion',
    casIntro: (institution) => `Je suis étudiant à ${institution}`,
    casButton: (label) => `Me connecter avec mon compte ${label}`,
    accountIntro: (institution) => `Je ne suis pas étudiant à ${institution} : je me connecte avec mon compte eCandidat`,
    submit: 'Connexion',
    forgotCredentials: 'J’ai oublié mes identifiants',
    lostActivationCode: 'J’ai perdu mon code d’activation',
    noAccount: 'Je n’ai pas de compte eCandidat',
    signup: 'Créer un compte',
    success: (firstName, login) => `Bienvenue ${firstName}. Vous êtes connecté avec le login : ${login}`,
  },
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
