// Entry point: language first (so the first paint is already translated), then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { setupI18n } from './i18n/setup';
import { UpdatePrompt } from './offline/update-prompt';
import './offline/offline.css';
import './styles.css';

setupI18n();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
    <UpdatePrompt />
  </StrictMode>,
);
