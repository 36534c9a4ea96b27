// The whole library: <ec-portal> and every element it shows, with French and English.
import '../../../src/define/ec-portal.js';
