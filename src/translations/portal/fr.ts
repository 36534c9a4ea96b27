import type { PortalTranslation } from './types.js';

/** French strings of the portal elements. */
export const fr: PortalTranslation = {
  portal: {
    menu: 'Menu principal',
    home: 'Accueil',
    assistance: 'Assistance',
    trainingOffer: 'Offre de formation',
    login: 'Connexion',
    logout: 'Déconnexion',
    account: 'Mon compte',
    language: 'Langue',
    languages: { fr: 'Français', en: 'English' },
    skipToContent: 'Aller au contenu',
    loggedOut: 'Vous êtes déconnecté.',
  },
  home: {
    title: 'Accueil',
    welcome: (firstName, lastName) => `Bienvenue ${firstName} ${lastName}`,
    loggedInAs: (login) => `Vous êtes connecté avec le login : ${login}`,
    intro: (institution) => `Bienvenue sur eCandidat, l’application de candidature de ${institution}.`,
    messages: 'Informations',
    campaign: (label, opensAt, closesAt) => `${label} : candidatures du ${opensAt} au ${closesAt}.`,
    noCampaign: 'Aucune campagne de candidature n’est ouverte pour le moment.',
    steps: 'Vos étapes',
    step: {
      account: 'Créer et activer mon compte',
      profile: 'Compléter mon dossier',
      applications: 'Candidater',
      finalRegistration: 'M’inscrire administrativement',
    },
    stepState: { done: 'fait', current: 'en cours', todo: 'à venir' },
    finalRegistration: 'Accéder à l’inscription administrative',
    finalRegistrationLater: 'Le lien vers l’inscription administrative sera donné ici une fois publié.',
    logIn: 'Me connecter',
    signUp: 'Créer un compte',
    completeProfile: 'Compléter mon dossier',
  },
  status: {
    now: (until) => (until ? `La plateforme est en maintenance jusqu’au ${until}.` : 'La plateforme est momentanément en maintenance.'),
    scheduled: (start, end) => `La plateforme sera momentanément indisponible du ${start} au ${end}.`,
    daily: (start, end) => `La plateforme est indisponible chaque nuit de ${start} à ${end} (synchronisation).`,
  },
  sessionExpiry: {
    warning: (time) => `Votre session expire à ${time} faute d’activité. Vos saisies non enregistrées seraient perdues.`,
    extend: 'Rester connecté',
    extended: 'Votre session est prolongée.',
    expired: 'Votre session a expiré : reconnectez-vous.',
  },
  assistance: {
    title: 'Assistance',
    contacts: 'Contacts',
    mail: 'Mail',
    phone: 'Téléphone',
    website: 'Site',
    none: 'L’établissement n’a pas publié d’aide pour le moment.',
  },
};
