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
};
