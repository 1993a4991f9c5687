import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { getLanguage } from './i18n/language.js';
import './styles/app.css';
import './styles/print.css';

document.documentElement.lang = getLanguage();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
