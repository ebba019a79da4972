/**
 * @module
 * Spanish.
 */
import type { Strings } from './strings';

export const es: Strings = {
  loading: 'Cargando el cuestionario…',
  progressLabel: 'Progreso',
  progress: (current, total) => `${current} de ${total}`,
  true: 'Verdadero',
  false: 'Falso',
  chooseFirst: 'Primero elige o escribe una respuesta.',
  check: 'Comprobar',
  next: 'Siguiente pregunta',
  finish: 'Terminar',
  seeResults: 'Ver resultados',
  correct: '¡Correcto!',
  incorrect: 'No exactamente.',
  rightAnswer: 'Respuesta correcta:',
  yourAnswer: 'Tu respuesta:',
  noAnswer: '(ninguna)',
  fromArticle: 'Del artículo:',
  showInArticle: 'Mostrar en el artículo',
  shownInArticle: 'La frase está resaltada en el artículo.',
  submitting: 'Calculando tu puntuación…',
  score: (score, total) => `Acertaste ${score} de ${total}`,
  review: 'Tus respuestas',
  readersRight: (percent) => `El ${percent} % de los lectores acertó`,
  retry: 'Reintentar',
  tryAgain: 'Volver a intentarlo',
  share: 'Compartir',
  shareText: (score, total, title) => `Acerté ${score} de ${total} en el cuestionario «${title}».`,
  linkCopied: 'Enlace copiado.',
  copyFailed: 'Copia este enlace para compartirlo:',
  errors: {
    offline: 'No se pudo conectar con el cuestionario. Revisa tu conexión y vuelve a intentarlo.',
    slow: 'El cuestionario tarda demasiado en responder. Vuelve a intentarlo en un momento.',
    notFound: 'Este cuestionario no existe (o ya no existe).',
    unusable: 'No se pudo crear un cuestionario a partir de este artículo.',
    busy: 'Hay demasiadas solicitudes ahora mismo. Espera un momento y vuelve a intentarlo.',
    server: 'Algo falló en el servidor del cuestionario. Vuelve a intentarlo en un momento.',
    noSource: 'A este cuestionario le falta el atributo "quiz" o "article".',
    noArticle: 'El artículo de este cuestionario no está en la página.',
    generic: 'Algo falló en el cuestionario. Vuelve a intentarlo.',
  },
};
